using System.Net;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Notifications;
using MedanUmkm.Api.Tests.Features.ExportCases;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>
/// The daily reminders at 07:00 WIB: the fixture's clock starts at 06:00 WIB of the test day, so the run
/// is not due until the test moves the clock to 07:00; e-mails go through a real SMTP conversation to an
/// in-process server.
/// </summary>
[Category("Clock")]
#pragma warning disable CA1001 // the SMTP server is disposed by StopSmtp (OneTimeTearDown)
public sealed class ReminderTests : ExportCaseTest
{
    private readonly TestSmtpServer _smtp = new();

    protected override DateTimeOffset? ClockStart => OfficeTime.At(TestClock.Today, new TimeOnly(6, 0));

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Notifications:Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Mail:TlsMode"] = "None",
    };

    [OneTimeTearDown]
    public void StopSmtp() => _smtp.Dispose();

    [Test]
    public async Task At0700Wib_ACertificateExpiringIn7Days_GivesOneEmailToTheOfficerInCharge()
    {
        var (exportCase, _) = await OpenCase();
        var caseId = Id(exportCase);
        var document = (await Documents(caseId)).EnumerateArray().First();
        await Expect(await SetDocument(caseId, document, "submitted", expiresOn: Today.AddDays(7).ToString("yyyy-MM-dd")), HttpStatusCode.OK);
        var reminders = Factory.Services.GetRequiredService<ReminderJob>();
        var dispatcher = Factory.Services.GetRequiredService<DeliveryDispatcher>();

        Assert.That(await reminders.RunDueAsync(CancellationToken.None), Is.Zero, "06:00 WIB: not due yet");
        Clock.SetUtcNow(OfficeTime.At(Today, new TimeOnly(7, 0)));
        var queued = await reminders.RunDueAsync(CancellationToken.None);
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(queued, Is.EqualTo(1));
        var mail = _smtp.Messages.Single();
        Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo("officer@test.medanumkm.go.id"));
        Assert.That(mail.Subject, Does.Contain("7 hari"));
        Assert.That(mail.TextBody, Does.Contain($"kasus ekspor {caseId}").And.Contain("Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan"));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("noreply@medanumkm.go.id"));

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await reminders.RunDueAsync(CancellationToken.None), Is.Zero, "one run a day");
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.That(_smtp.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public void NextRun_IsTheComingRunTimeInWib()
    {
        var at0630 = OfficeTime.At(new DateOnly(2026, 3, 2), new TimeOnly(6, 30));
        Assert.That(ReminderJob.UntilNextRun(at0630, new TimeOnly(7, 0)), Is.EqualTo(TimeSpan.FromMinutes(30)));
        Assert.That(ReminderJob.UntilNextRun(at0630.AddMinutes(30), new TimeOnly(7, 0)), Is.EqualTo(TimeSpan.FromDays(1)));
    }
}
