using System.Globalization;
using System.Security.Cryptography;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// A business owner's consent to be contacted (UU 27/2022): by e-mail and by WhatsApp, with the dates it
/// was given and withdrawn and how it was withdrawn (the form, or the unsubscribe link).
/// </summary>
/// <param name="BusinessId" example="12">The business.</param>
/// <param name="ByEmail" example="true">The owner agreed to reminders by e-mail.</param>
/// <param name="ByWhatsApp" example="false">The owner agreed to reminders by WhatsApp.</param>
/// <param name="ConsentedAt">When consent was last given.</param>
/// <param name="WithdrawnAt">When consent was last withdrawn.</param>
/// <param name="WithdrawnVia" example="unsubscribe_link">form or unsubscribe_link.</param>
/// <param name="Version" example="1">Version; also sent as the ETag (0: nothing recorded yet).</param>
public sealed record ContactConsentResponse(string BusinessId, bool ByEmail, bool ByWhatsApp, DateTimeOffset? ConsentedAt,
    DateTimeOffset? WithdrawnAt, string? WithdrawnVia, int Version) : IVersioned;

/// <summary>A ContactConsents row.</summary>
public sealed class ContactConsentRow
{
    public int BusinessId { get; init; }
    public bool Email { get; init; }
    public bool WhatsApp { get; init; }
    public DateTimeOffset? ConsentedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public string? WithdrawnVia { get; init; }
    public int Version { get; init; }

    public ContactConsentResponse ToResponse() => new(BusinessId.ToString(CultureInfo.InvariantCulture), Email, WhatsApp, ConsentedAt, WithdrawnAt, WithdrawnVia, Version);
}

/// <summary>SQL shared by the consent use cases.</summary>
public static class ContactConsentSql
{
    private const string ByBusiness = """
        SELECT k.BusinessId, k.Email, k.WhatsApp, k.ConsentedAt, k.WithdrawnAt, k.WithdrawnVia, k.Version
        FROM ContactConsents k WHERE k.BusinessId = @Id
        """;

    private const string BusinessExists = "SELECT COUNT(*) FROM Businesses WHERE Id = @Id";

    public static async Task<ContactConsentRow> LoadAsync(DbSession db, int businessId, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ContactConsentRow>(ByBusiness, new { Id = businessId }, ct);
        if (row is not null) return row;
        if (await db.ExecuteScalarAsync<int>(BusinessExists, new { Id = businessId }, ct) == 0)
            throw new NotFoundException("Business", businessId.ToString(CultureInfo.InvariantCulture));
        return new ContactConsentRow { BusinessId = businessId };
    }

    /// <summary>An unguessable token for the owner's unsubscribe link.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
