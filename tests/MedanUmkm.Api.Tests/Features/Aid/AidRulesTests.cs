using MedanUmkm.Api.Features.Aid;

namespace MedanUmkm.Api.Tests.Features.Aid;

/// <summary>Aid status moves, the handover record needed for delivery and the handover file checks, without HTTP.</summary>
public sealed class AidRulesTests
{
    [Test]
    public void StatusFlow_PlannedMovesToDeliveredOrCancelled_BothFinal()
    {
        Assert.That(AidStatusFlow.Allowed[AidStatus.Planned], Is.EqualTo(new[] { AidStatus.Delivered, AidStatus.Cancelled }));
        Assert.That(AidStatusFlow.Allowed[AidStatus.Delivered], Is.Empty);
        Assert.That(AidStatusFlow.Allowed[AidStatus.Cancelled], Is.Empty);
        Assert.That(AidStatusFlow.Allowed.Keys, Is.EquivalentTo(Enum.GetValues<AidStatus>()));
    }

    [Test]
    public void MissingForDelivery_NamesTheWireFieldsNotGiven()
    {
        Assert.That(AidStatusFlow.MissingForDelivery(null, null), Is.EqualTo(new[] { "handedOverOn", "handoverDocumentNumber" }));
        Assert.That(AidStatusFlow.MissingForDelivery(new DateOnly(2026, 3, 12), null), Is.EqualTo(new[] { "handoverDocumentNumber" }));
        Assert.That(AidStatusFlow.MissingForDelivery(new DateOnly(2026, 3, 12), "BAST/027"), Is.Empty);
    }

    [Test]
    public void Sniff_RecognisesPdfPngJpegByContent_AndNothingElse()
    {
        Assert.That(UploadHandoverDocument.Sniff("%PDF-1.7 ..."u8), Is.EqualTo(("application/pdf", ".pdf")));
        Assert.That(UploadHandoverDocument.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), Is.EqualTo(("image/png", ".png")));
        Assert.That(UploadHandoverDocument.Sniff([0xFF, 0xD8, 0xFF, 0xE0]), Is.EqualTo(("image/jpeg", ".jpg")));
        Assert.That(UploadHandoverDocument.Sniff("MZ\x90\0 an exe"u8), Is.Null);
        Assert.That(UploadHandoverDocument.Sniff([]), Is.Null);
    }

    [TestCase("bast.exe", ".pdf", "bast.pdf")]
    [TestCase(@"C:\scans\BAST 027.pdf", ".pdf", "BAST 027.pdf")]
    [TestCase("../../etc/passwd", ".png", "passwd.png")]
    [TestCase(null, ".jpg", "handover.jpg")]
    [TestCase("\"\".pdf", ".pdf", "handover.pdf")]
    public void SafeName_KeepsOnlyTheBaseName_WithTheRealExtension(string? name, string extension, string expected) =>
        Assert.That(UploadHandoverDocument.SafeName(name, extension), Is.EqualTo(expected));

    [Test]
    public void SafeName_IsAtMost150CharactersBeforeTheExtension() =>
        Assert.That(UploadHandoverDocument.SafeName(new string('a', 300) + ".pdf", ".pdf"), Is.EqualTo(new string('a', 150) + ".pdf"));
}
