using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// What travels compressed: API JSON (Brotli or gzip as the caller accepts), the client's assets from
/// their precompressed copies with the right type and Vary, and never the sign-in answers over HTTPS.
/// </summary>
public sealed class CompressionTests : IDisposable
{
    private string _dist = null!;
    private ApiFactory _api = null!;
    private static readonly string Script = "console.log('" + new string('x', 4000) + "');";

    [OneTimeSetUp]
    public void StartApi()
    {
        _dist = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "dist-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        File.WriteAllText(Path.Combine(_dist, "index.html"), "<!doctype html><div id=\"root\"></div>");
        var js = Path.Combine(_dist, "assets", "app-1a2b.js");
        File.WriteAllText(js, Script);
        using (var br = new BrotliStream(File.Create(js + ".br"), CompressionLevel.Optimal)) br.Write(Encoding.UTF8.GetBytes(Script));
        using (var gz = new GZipStream(File.Create(js + ".gz"), CompressionLevel.Optimal)) gz.Write(Encoding.UTF8.GetBytes(Script));
        File.WriteAllText(Path.Combine(_dist, "assets", "plain-3c4d.css"), "body{margin:0}");
        File.WriteAllText(Path.Combine(_dist, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _api = new ApiFactory(new Dictionary<string, string> { ["Client:DistPath"] = _dist });
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _api.Dispose();
        try { Directory.Delete(_dist, recursive: true); } catch (IOException) { }
    }

    private HttpClient Raw(string baseAddress = "http://localhost") =>
        _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    private static HttpRequestMessage Get(string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return request;
    }

    [TestCase("br", "br")]
    [TestCase("gzip, deflate", "gzip")]
    [TestCase("gzip;q=1.0, br;q=0", "gzip")]
    public async Task Asset_IsServedFromItsPrecompressedCopy(string accept, string expected)
    {
        var response = await Raw().SendAsync(Get("/assets/app-1a2b.js", accept));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { expected }));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Does.Contain("javascript"));
        Assert.That(response.Headers.Vary, Does.Contain("Accept-Encoding"));
        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("immutable"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.That(body, Has.Length.LessThan(Script.Length / 4), "the compressed copy, not the file");
        Stream decoded = expected == "br" ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo(Script));
    }

    [Test]
    public async Task Asset_WithoutAcceptEncoding_OrWithoutACopy_IsServedAsItIs()
    {
        var identity = await Raw().SendAsync(Get("/assets/app-1a2b.js", "identity"));
        Assert.That(identity.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await identity.Content.ReadAsStringAsync(), Is.EqualTo(Script));

        var css = await Raw().SendAsync(Get("/assets/plain-3c4d.css", "br, gzip"));
        Assert.That(css.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
    }

    [TestCase("/", "no-cache")]
    [TestCase("/index.html", "no-cache")]
    [TestCase("/katalog", "no-cache")]
    [TestCase("/businesses/12", "no-cache")]
    [TestCase("/assets/plain-3c4d.css", "public, max-age=31536000, immutable")]
    [TestCase("/favicon.svg", "public, max-age=86400")]
    public async Task ClientFiles_HashedAssetsAreImmutable_TheHtmlIsAlwaysRevalidated(string path, string expected)
    {
        var response = await Raw().SendAsync(Get(path, "br"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task ApiJson_IsCompressed_WhenTheCallerAcceptsIt()
    {
        var client = Raw();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _api.TokenFor(Roles.Admin));
        for (var i = 0; i < 8; i++) await TestData.RegisterBusiness(await _api.As(Roles.Officer));

        var response = await client.SendAsync(Get("/api/v1/businesses?pageSize=50", "br"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        using var reader = new StreamReader(new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
        Assert.That(await reader.ReadToEndAsync(), Does.StartWith("{").And.Contain("\"items\""));
    }

    [Test]
    public async Task SignInAnswers_OverHttps_AreNeverCompressed()
    {
        var response = await Raw("https://localhost").SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new StringContent($"{{\"email\":\"{ApiFactory.AdminEmail}\",\"password\":\"{ApiFactory.Password}\"}}", Encoding.UTF8, "application/json"),
            Headers = { { "Accept-Encoding", "br, gzip" } },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
    }

    [TestCase("br", "br", true)]
    [TestCase("gzip, br;q=0", "br", false)]
    [TestCase("*", "gzip", true)]
    [TestCase("deflate", "gzip", false)]
    [TestCase("", "br", false)]
    public void Accepts_FollowsTheWeights(string header, string coding, bool accepted) =>
        Assert.That(PrecompressedFiles.Accepts(header, coding), Is.EqualTo(accepted));
}
