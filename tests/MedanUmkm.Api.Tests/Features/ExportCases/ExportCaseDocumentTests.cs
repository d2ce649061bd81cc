using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class UpdateExportCaseDocumentTests : ExportCaseTest
{
    [Test]
    public async Task Update_VerifyWithNumberAndDates_StoresItAndAddsATimelineEntry()
    {
        var (opened, _) = await OpenCase();
        var etk = Document(await Documents(Id(opened)), "phytosanitary");

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}/documents/{Id(etk)}", ETagOf(etk), new
        {
            status = "verified", number = "ETK-02.2026.0117", issuedOn = "2026-02-10", expiresOn = "2031-02-10", note = "Checked at INSW",
        }));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(ETagOf(updated)));
        Assert.That(updated.GetProperty("status").GetString(), Is.EqualTo("verified"));
        Assert.That(updated.GetProperty("number").GetString(), Is.EqualTo("ETK-02.2026.0117"));
        Assert.That(updated.GetProperty("expiresOn").GetString(), Is.EqualTo("2031-02-10"));
        Assert.That(updated.GetProperty("isExpired").GetBoolean(), Is.False);
        var stored = Document(await Documents(Id(opened)), "phytosanitary");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("verified"));
        var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}/timeline"), HttpStatusCode.OK);
        var entry = timeline.EnumerateArray().Last();
        Assert.That(entry.GetProperty("kind").GetString(), Is.EqualTo("document_updated"));
        Assert.That(entry.GetProperty("documentType").GetString(), Is.EqualTo("phytosanitary"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'export_case_document' AND EntityId = @Id",
            new { Id = Id(etk) }), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_VerifyAnExpiredDocument_Returns409()
    {
        var (opened, _) = await OpenCase();
        var npwp = Document(await Documents(Id(opened)), "npwp");

        var problem = await Expect(await SetDocument(Id(opened), npwp, "verified", expiresOn: "2026-01-31", issuedOn: "2021-01-31"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("document_expired"));
    }

    [Test]
    public async Task Update_ExpiryBeforeIssue_Returns400()
    {
        var (opened, _) = await OpenCase();
        var npwp = Document(await Documents(Id(opened)), "npwp");

        await ExpectFieldError(await SetDocument(Id(opened), npwp, "submitted", expiresOn: "2025-01-01", issuedOn: "2026-01-01"), "expiresOn");
    }

    [Test]
    public async Task Update_IssuedInTheFuture_Returns400()
    {
        var (opened, _) = await OpenCase();
        var npwp = Document(await Documents(Id(opened)), "npwp");

        await ExpectFieldError(await SetDocument(Id(opened), npwp, "submitted", issuedOn: Today.AddDays(3).ToString("yyyy-MM-dd")), "issuedOn");
    }

    [Test]
    public async Task Update_RejectWithoutNote_Returns400()
    {
        var (opened, _) = await OpenCase();
        var npwp = Document(await Documents(Id(opened)), "npwp");

        await ExpectFieldError(await SetDocument(Id(opened), npwp, "rejected"), "note");
    }

    [Test]
    public async Task Update_WithoutIfMatch_Returns428AndStale412()
    {
        var (opened, _) = await OpenCase();
        var npwp = Document(await Documents(Id(opened)), "npwp");
        await Expect(await SetDocument(Id(opened), npwp, "submitted"), HttpStatusCode.OK);

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}/documents/{Id(npwp)}", null, new { status = "verified" })),
            HttpStatusCode.PreconditionRequired);
        await Expect(await SetDocument(Id(opened), npwp, "verified"), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_DocumentOfAnotherCase_Returns404()
    {
        var (first, _) = await OpenCase();
        var (second, _) = await OpenCase();
        var npwp = Document(await Documents(Id(first)), "npwp");

        await Expect(await SetDocument(Id(second), npwp, "submitted"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Update_OnAWithdrawnCase_Returns409()
    {
        var (opened, etag) = await OpenCase();
        await Expect(await Move(Id(opened), etag, "withdrawn", "Exporter sold to a local trader instead"), HttpStatusCode.OK);
        var npwp = Document(await Documents(Id(opened)), "npwp");

        var problem = await Expect(await SetDocument(Id(opened), npwp, "submitted"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("case_closed"));
    }
}

public sealed class UploadExportCaseDocumentFileTests : ExportCaseTest
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    private async Task<HttpResponseMessage> Upload(string caseId, JsonElement document, byte[] content, string fileName, string? etag = "")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        var request = WithIfMatch(HttpMethod.Post, $"{Cases}/{caseId}/documents/{Id(document)}/file", etag == "" ? ETagOf(document) : etag);
        request.Content = form;
        return await Officer.SendAsync(request);
    }

    [Test]
    public async Task Upload_Pdf_IsStoredDownloadableAndMarksTheDocumentSubmitted()
    {
        var (opened, _) = await OpenCase();
        var peb = Document(await Documents(Id(opened)), "peb");

        var uploaded = await Expect(await Upload(Id(opened), peb, Pdf, "PEB 000123.pdf"), HttpStatusCode.OK);
        var download = await Viewer.GetAsync($"{Cases}/{Id(opened)}/documents/{Id(peb)}/file");

        Assert.That(uploaded.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(uploaded.GetProperty("file").GetProperty("contentType").GetString(), Is.EqualTo("application/pdf"));
        Assert.That(uploaded.GetProperty("file").GetProperty("size").GetInt32(), Is.EqualTo(Pdf.Length));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName,
            Does.Contain("PEB 000123.pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
    }

    [Test]
    public async Task Upload_PngRecognisedByContentWhateverTheName()
    {
        var (opened, _) = await OpenCase();
        var doc = Document(await Documents(Id(opened)), "npwp");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var uploaded = await Expect(await Upload(Id(opened), doc, png, "scan.pdf"), HttpStatusCode.OK);

        Assert.That(uploaded.GetProperty("file").GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
    }

    [Test]
    public async Task Upload_TextFileNamedPdf_Returns415AndStoresNothing()
    {
        var (opened, _) = await OpenCase();
        var doc = Document(await Documents(Id(opened)), "peb");

        await Expect(await Upload(Id(opened), doc, "just some text, not a pdf"u8.ToArray(), "peb.pdf"), HttpStatusCode.UnsupportedMediaType);

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM ExportCaseDocumentFiles WHERE DocumentId = @Id", new { Id = int.Parse(Id(doc)) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Upload_LargerThan10MB_Returns413()
    {
        var (opened, _) = await OpenCase();
        var doc = Document(await Documents(Id(opened)), "peb");
        var big = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        await Expect(await Upload(Id(opened), doc, big, "big.pdf"), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Upload_WithoutIfMatch_Returns428()
    {
        var (opened, _) = await OpenCase();
        var doc = Document(await Documents(Id(opened)), "peb");

        await Expect(await Upload(Id(opened), doc, Pdf, "peb.pdf", etag: null), HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Download_WhenNoFile_Returns404()
    {
        var (opened, _) = await OpenCase();
        var doc = Document(await Documents(Id(opened)), "peb");

        await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}/documents/{Id(doc)}/file"), HttpStatusCode.NotFound);
    }
}
