namespace MedanUmkm.Api.Infrastructure.Errors;

/// <summary>
/// The body of every 409 (documentation type: the exception handler writes it from a
/// <see cref="ConflictException"/>): RFC 9457 problem details with a machine-readable
/// <c>code</c> and, where they apply, the moves allowed from the current state or what is missing.
/// </summary>
public sealed class ConflictProblem
{
    /// <example>https://tools.ietf.org/html/rfc9110#section-15.5.10</example>
    public string? Type { get; init; }
    /// <example>Invalid transition</example>
    public string Title { get; init; } = "";
    /// <example>409</example>
    public int Status { get; init; }
    /// <example>A business can go from preparing to: submitted, not_started.</example>
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public string? TraceId { get; init; }
    /// <summary>What conflicted, stable for programs: duplicate_nib, invalid_transition, not_ready, session_full, documents_incomplete, ...</summary>
    /// <example>invalid_transition</example>
    public string Code { get; init; } = "";
    /// <summary>For a refused move: the states that may follow the current one.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }
    /// <summary>The current state of a refused move.</summary>
    public string? From { get; init; }
    /// <summary>The state asked for.</summary>
    public string? To { get; init; }
    /// <summary>What blocks the action: requirement codes (e-katalog readiness, aid delivery) or, for export cases, the documents ({ documentId, type, name, status, ... }).</summary>
    public IReadOnlyList<object>? Missing { get; init; }
    /// <summary>For a refused e-katalog submission: each missing requirement with its reason.</summary>
    public IReadOnlyList<ConflictRequirement>? Requirements { get; init; }
    /// <summary>For a duplicate: the id of the resource that already holds the value.</summary>
    public string? ExistingId { get; init; }
}

/// <summary>A requirement that blocks an action, as a conflict lists it (documentation of <see cref="ConflictProblem.Requirements"/>).</summary>
/// <param name="Code" example="halal">The requirement's code.</param>
/// <param name="Title">Its title, in the caller's language.</param>
/// <param name="Status" example="missing">met, missing, expiring, advisory or not_applicable.</param>
/// <param name="Reason">Why it has that status.</param>
/// <param name="ExpiresOn">When the evidence expires, where it does.</param>
public sealed record ConflictRequirement(string Code, string Title, string Status, string Reason, DateOnly? ExpiresOn = null);

/// <summary>A document that blocks an export stage change (documentation of an item of <see cref="ConflictProblem.Missing"/>).</summary>
/// <param name="DocumentId" example="12">The document's id.</param>
/// <param name="Type" example="phytosanitary_certificate">Its type.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status" example="missing">missing, submitted, verified or rejected.</param>
/// <param name="IsExpired">True when its validity has ended.</param>
public sealed record ConflictMissingDocument(string DocumentId, string Type, string Name, string Status, bool IsExpired);
