using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Privacy;

namespace MedanUmkm.Api.Features.Training;

/// <summary>What a training session teaches.</summary>
public enum TrainingTopic
{
    DigitalMarketing, Packaging, ProductPhotography, FinancialLiteracy, HalalCertification, ExportReadiness, Other,
}

/// <summary>planned -> open -> completed, or cancelled from planned or open.</summary>
public enum TrainingStatus { Planned, Open, Completed, Cancelled }

/// <summary>A business's place in a session.</summary>
public enum RegistrationStatus { Confirmed, Waitlisted, Cancelled }

/// <summary>The fields a client sends to plan or edit a training session.</summary>
/// <param name="Title" example="Pemasaran Digital untuk UMKM Kuliner">Title.</param>
/// <param name="Topic" example="digital_marketing">digital_marketing, packaging, product_photography, financial_literacy, halal_certification, export_readiness or other.</param>
/// <param name="Description" example="Membuat katalog produk di marketplace dan media sosial.">What the session covers.</param>
/// <param name="Trainer" example="Dewi Lestari Nasution, S.E.">Trainer or institution.</param>
/// <param name="Venue" example="Aula Dinas Koperasi UKM, Jl. Gatot Subroto">Where it takes place.</param>
/// <param name="KecamatanCode" example="12.71.01">Kecamatan of the venue.</param>
/// <param name="StartsAt" example="2027-01-14T09:00:00+07:00">ISO 8601 with offset (Asia/Jakarta is +07:00); stored in UTC.</param>
/// <param name="EndsAt" example="2027-01-14T15:00:00+07:00">ISO 8601 with offset, after startsAt.</param>
/// <param name="Capacity" example="30">Seats (1 to 500).</param>
public sealed record TrainingSessionInput(
    string Title,
    TrainingTopic? Topic,
    string? Description,
    string Trainer,
    string Venue,
    string KecamatanCode,
    string StartsAt,
    string EndsAt,
    int Capacity);

/// <summary>A training session. startsAt and endsAt are given in Asia/Jakarta time (+07:00).</summary>
public sealed record TrainingSessionResponse : IVersioned
{
    /// <example>12</example>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required TrainingTopic Topic { get; init; }
    public string? Description { get; init; }
    public required string Trainer { get; init; }
    public required string Venue { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    /// <example>2027-01-14T09:00:00+07:00</example>
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>Derived from the Jakarta start date.</summary>
    /// <example>2027-Q1</example>
    public required string Quarter { get; init; }
    public required int Capacity { get; init; }
    public required TrainingStatus Status { get; init; }
    public required int ConfirmedCount { get; init; }
    public required int WaitlistedCount { get; init; }
    public int SeatsLeft { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>A business's registration for a session. phone is masked unless the caller may see personal data.</summary>
public sealed record RegistrationResponse : IVersioned
{
    /// <example>301</example>
    public required string Id { get; init; }
    public required string SessionId { get; init; }
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required string OwnerName { get; init; }
    public required string Nib { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; init; }
    public required RegistrationStatus Status { get; init; }
    /// <summary>1 for the first in line; null unless waitlisted.</summary>
    public int? WaitlistPosition { get; init; }
    public string? Note { get; init; }
    /// <summary>Null until attendance is recorded.</summary>
    public bool? Attended { get; init; }
    public string? OutcomeNote { get; init; }
    public DateTimeOffset? AttendanceRecordedAt { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public required int Version { get; init; }
}
