using System.Net;
using System.Text;
using MedanUmkm.Api.Tests.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>OWASP API2:2023 broken authentication: tokens the API must refuse.</summary>
public sealed class BrokenAuthenticationTests : ApiTest
{
    private int _adminId;
    private string _adminStamp = "";

    [OneTimeSetUp]
    public async Task ReadAdmin()
    {
        _adminId = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = ApiFactory.AdminEmail });
        _adminStamp = await Factory.ScalarAsync<string>("SELECT SecurityStamp FROM Users WHERE Id = @Id", new { Id = _adminId });
    }

    private Dictionary<string, object> AdminClaims() => new()
    {
        ["sub"] = _adminId.ToString(), ["email"] = ApiFactory.AdminEmail, ["name"] = "Administrator", ["role"] = "admin", ["stamp"] = _adminStamp,
    };

    private async Task ExpectRefused(string token) =>
        await Expect(await Factory.WithToken(token).GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);

    [Test]
    public async Task ACraftedTokenWithTheRightKey_IsAccepted_SoTheRefusalsBelowMeanSomething()
    {
        var token = Credentials.CraftToken(AdminClaims(), Now.UtcDateTime.AddMinutes(-1), Now.UtcDateTime.AddMinutes(10));

        await Expect(await Factory.WithToken(token).GetAsync("/api/v1/users"), HttpStatusCode.OK);
    }

    [Test]
    public async Task ExpiredToken_Returns401()
    {
        await ExpectRefused(Credentials.CraftToken(AdminClaims(), Now.UtcDateTime.AddHours(-2), Now.UtcDateTime.AddMinutes(-5)));
    }

    [Test]
    public async Task TokenSignedWithAnotherKey_Returns401()
    {
        await ExpectRefused(Credentials.CraftToken(AdminClaims(), Now.UtcDateTime.AddMinutes(-1), Now.UtcDateTime.AddMinutes(10),
            signingKey: "another-signing-key-that-is-long-enough-for-hmac"));
    }

    [Test]
    public async Task TokenWithATamperedPayload_Returns401()
    {
        // A viewer's real token with the role in the payload changed to admin; the signature no longer matches.
        var parts = (await Factory.TokenFor("viewer")).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"viewer\"", "\"admin\"");
        var tampered = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        await ExpectRefused(tampered);
    }

    [Test]
    public async Task UnsignedTokenWithAlgNone_Returns401()
    {
        var header = Base64UrlEncode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var exp = Now.AddMinutes(10).ToUnixTimeSeconds();
        var payload = Base64UrlEncode(Encoding.UTF8.GetBytes(
            $$"""{"sub":"{{_adminId}}","role":"admin","stamp":"{{_adminStamp}}","iss":"medanumkm","aud":"medanumkm-api","exp":{{exp}}}"""));

        await ExpectRefused($"{header}.{payload}.");
    }

    [TestCase("someone-else", "medanumkm-api")]
    [TestCase("medanumkm", "another-api")]
    public async Task TokenForAnotherIssuerOrAudience_Returns401(string issuer, string audience)
    {
        await ExpectRefused(Credentials.CraftToken(AdminClaims(), Now.UtcDateTime.AddMinutes(-1), Now.UtcDateTime.AddMinutes(10),
            issuer: issuer, audience: audience));
    }

    [Test]
    public async Task TokenWithAnOldSecurityStamp_Returns401()
    {
        var claims = AdminClaims();
        claims["stamp"] = "stamp-from-before-a-password-change";

        await ExpectRefused(Credentials.CraftToken(claims, Now.UtcDateTime.AddMinutes(-1), Now.UtcDateTime.AddMinutes(10)));
    }

    [Test]
    public async Task TheRoleComesFromTheDatabase_NotTheToken()
    {
        // A validly signed token that claims admin for a viewer is still a viewer's token.
        var (id, _, _) = await UserTestData.CreateUser(Admin, "viewer");
        var stamp = await Factory.ScalarAsync<string>("SELECT SecurityStamp FROM Users WHERE Id = @Id", new { Id = int.Parse(id) });
        var token = Credentials.CraftToken(new Dictionary<string, object> { ["sub"] = id, ["role"] = "admin", ["stamp"] = stamp },
            Now.UtcDateTime.AddMinutes(-1), Now.UtcDateTime.AddMinutes(10));

        await Expect(await Factory.WithToken(token).GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
    }

    [TestCase("Bearer")]
    [TestCase("Bearer not.a.token")]
    [TestCase("Basic YWRtaW46YWRtaW4=")]
    public async Task MalformedAuthorizationHeader_Returns401(string header)
    {
        var client = Factory.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        await Expect(await client.GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task RepeatedWrongPasswords_HoldUpTheirAddress_EvenForTheRightPassword_WithTheUsualAnswer()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        for (var i = 0; i < 5; i++)
            await Expect(await UserTestData.SignIn(Anonymous, email, $"Salah{i}12345678"), HttpStatusCode.Unauthorized);

        var problem = await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.Unauthorized);

        // No "locked" wording: that would tell a guesser the account exists (SignInLockoutTests has the rest).
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_credentials"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Not.Contain("locked"));
    }

    [Test]
    public async Task WrongPasswordAndUnknownEmail_GetTheSameAnswer()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");

        var wrong = await Expect(await UserTestData.SignIn(Anonymous, email, "Salah12345678"), HttpStatusCode.Unauthorized);
        var unknown = await Expect(await UserTestData.SignIn(Anonymous, "tidak.ada@medanumkm.go.id", "Salah12345678"), HttpStatusCode.Unauthorized);

        Assert.That(wrong.GetProperty("detail").GetString(), Is.EqualTo(unknown.GetProperty("detail").GetString()));
    }

    private static byte[] Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
