using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Infrastructure.Errors;

/// <summary>Base of the errors a handler raises on purpose; the exception handler maps each to problem details.</summary>
public abstract class DomainException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;
    public abstract int StatusCode { get; }

    /// <summary>Extra members added to the problem details body.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

public sealed class NotFoundException(string entity, string id)
    : DomainException("Not found", ServerTexts.Get("not_found", ("entity", EntityNames.Of(entity)), ("id", id)))
{
    public override int StatusCode => StatusCodes.Status404NotFound;
}

/// <summary>409: duplicate key, invalid state transition, full capacity and the like.</summary>
public sealed class ConflictException : DomainException
{
    public ConflictException(string code, string detail, string title = "Conflict") : base(title, detail)
    {
        Code = code;
        Extensions["code"] = code;
    }

    public string Code { get; }
    public override int StatusCode => StatusCodes.Status409Conflict;
}

/// <summary>412: the If-Match version is not the current one.</summary>
public sealed class PreconditionFailedException(string entity, string id)
    : DomainException("Precondition failed",
        ServerTexts.Get("precondition_failed", ("entity", EntityNames.Of(entity)), ("id", id)))
{
    public override int StatusCode => StatusCodes.Status412PreconditionFailed;
}

/// <summary>428: an update or delete came without If-Match.</summary>
public sealed class PreconditionRequiredException()
    : DomainException("Precondition required", ServerTexts.Get("precondition_required"))
{
    public override int StatusCode => StatusCodes.Status428PreconditionRequired;
}

public sealed class ForbiddenException(string detail) : DomainException("Forbidden", detail)
{
    public override int StatusCode => StatusCodes.Status403Forbidden;
}

public sealed class UnauthorizedException : DomainException
{
    public UnauthorizedException(string detail, string? code = null) : base("Unauthorized", detail)
    {
        if (code is not null) Extensions["code"] = code;
    }

    public override int StatusCode => StatusCodes.Status401Unauthorized;
}

/// <summary>429 from a handler's own limit (the sign-in failure limits); the answer carries Retry-After.</summary>
public sealed class TooManyRequestsException : DomainException
{
    public TooManyRequestsException(TimeSpan retryAfter, string code, string detail) : base("Too many requests", detail)
    {
        RetryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        Extensions["code"] = code;
    }

    public int RetryAfterSeconds { get; }
    public override int StatusCode => StatusCodes.Status429TooManyRequests;
}

/// <summary>400 for a single field found wrong by a handler (after validation had no way to know).</summary>
public sealed class FieldValidationException(string field, string message, string? code = null)
    : DomainException("One or more validation errors occurred.", message)
{
    public string Field { get; } = field;

    public string Message2 { get; } = message;
    /// <summary>Stable snake_case machine code of the error (e.g. loan_amount_above_ceiling), when it has one.</summary>
    public string? Code { get; init; } = code;
    /// <summary>The values the message was built from, for a client that words it itself.</summary>
    public IReadOnlyDictionary<string, object?>? Parameters { get; init; }
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
