using System.Text.Json;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Privacy;
using Microsoft.AspNetCore.Diagnostics;
using MedanUmkm.Api.Infrastructure.Texts;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Domain errors keep their
/// message; anything unexpected becomes a 500 without internals (the trace id links to the log).
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ValidationException v => WithCodes(Validation(v.Errors
                    .GroupBy(e => FieldName(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()),
                    v.Errors.Select(e => e.ErrorCode).FirstOrDefault(IsOwnCode)),
                v.Errors.Where(e => IsOwnCode(e.ErrorCode))
                    .Select(e => (FieldName(e.PropertyName), e.ErrorCode, e.CustomState as IReadOnlyDictionary<string, object?>))),
            FieldValidationException f => FieldProblem(f),
            PersonalDataWriteException p => WithCodes(
                Validation(p.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), p.Code),
                p.Errors.Select(e => (e.Key, p.Code, (IReadOnlyDictionary<string, object?>?)null))),
            BadHttpRequestException { InnerException: JsonException json } when UnknownField(json) is { } field =>
                WithCodes(Validation(new Dictionary<string, string[]>
                {
                    [field] = [ServerTexts.Get(UnknownFieldCode)],
                }, UnknownFieldCode), [(field, UnknownFieldCode, null)]),
            BadHttpRequestException { InnerException: Http.JsonTextTooLongException json } =>
                WithCodes(Validation(new Dictionary<string, string[]>
                {
                    [FieldOf(json)] = [Http.JsonTextTooLongException.FieldMessage],
                }, TextTooLongCode), [(FieldOf(json), TextTooLongCode, null)]),
            DomainException d => WithExtensions(new ProblemDetails { Status = d.StatusCode, Title = d.Title, Detail = d.Message }, d),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = ServerTexts.Has($"title.{b.StatusCode}") ? ServerTexts.Get($"title.{b.StatusCode}") : ServerTexts.Get("title.bad_request"),
                Detail = BadRequestDetail(b),
            },
            _ when StorageState.IsStorageFull(exception) => StorageFull(http, exception),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            LogUnhandled(logger, exception, http.Request.Method, http.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = ServerTexts.Get("title.500"),
                Detail = ServerTexts.Get("internal_error"),
            };
        }

        http.Response.StatusCode = problem.Status ?? 500;
        if (exception is TooManyRequestsException tooMany)
            http.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage full: the database refused a write for {Method} {Path}")]
    private static partial void LogStorageFull(ILogger logger, Exception exception, string method, PathString path);

    /// <summary>507 storage_full: the database has no room for the write; reads keep working.</summary>
    private ProblemDetails StorageFull(HttpContext http, Exception exception)
    {
        http.RequestServices.GetService<StorageState>()?.MarkFull();
        LogStorageFull(logger, exception, http.Request.Method, http.Request.Path);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status507InsufficientStorage,
            Title = ServerTexts.Get("title.507"),
            Detail = ServerTexts.Get("storage_full"),
        };
        problem.Extensions["code"] = "storage_full";
        return problem;
    }

    /// <summary>
    /// "Body.Kbli[0].Code" -> "kbli[0].code": JSON names, camelCase per segment, without the
    /// command's wrapper property <c>Body</c> (the request body as the client sent it).
    /// </summary>
    public static string FieldName(string propertyName)
    {
        var segments = propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
        if (segments.Count > 1 && segments[0] == "body") segments.RemoveAt(0);
        return string.Join('.', segments);
    }

    /// <summary>The <c>code</c> of a 400 for a request body with a field the endpoint does not take.</summary>
    public const string UnknownFieldCode = "unknown_field";
    public const string TextTooLongCode = Http.JsonTextTooLongException.Code;

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors, string? code = null)
    {
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ServerTexts.Get("title.400"),
            Detail = ServerTexts.Get("detail.400"),
        };
        if (code is not null) problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>
    /// Codes set with WithErrorCode (snake_case, e.g. common_password) are stable and go out as the
    /// problem's <c>code</c>; FluentValidation's defaults (NotEmptyValidator and the like) do not.
    /// </summary>
    private static bool IsOwnCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.All(c => c is '_' or (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    /// <summary>
    /// The JSON name of the field System.Text.Json refused under JsonUnmappedMemberHandling.Disallow
    /// ("$.kbli[0].extra" -> "kbli[0].extra"); null for any other JSON error.
    /// </summary>
    private static string FieldOf(JsonException json)
    {
        var path = json.Path ?? "";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string? UnknownField(JsonException json)
    {
        var match = System.Text.RegularExpressions.Regex.Match(json.Message,
            "^The JSON property '(?<name>.*)' could not be mapped to any \\.NET member");
        if (!match.Success) return null;
        var path = json.Path ?? "";
        if (path.StartsWith("$.", StringComparison.Ordinal)) path = path[2..];
        else if (path.StartsWith('$')) path = path[1..];
        var name = match.Groups["name"].Value;
        if (path.Length == 0) return name;
        return path == name || path.EndsWith("." + name, StringComparison.Ordinal) ? path : $"{path}.{name}";
    }

    /// <summary>
    /// Stable machine codes of field errors that have one, with their parameters:
    /// <c>codes: { "amountRequestedIdr": [{ "code": "loan_amount_above_ceiling", "parameters": { ... } }] }</c>.
    /// </summary>
    private static HttpValidationProblemDetails WithCodes(HttpValidationProblemDetails p,
        IEnumerable<(string Field, string Code, IReadOnlyDictionary<string, object?>? Parameters)> codes)
    {
        var byField = codes.GroupBy(c => c.Field).ToDictionary(g => g.Key,
            g => g.Select(c => c.Parameters is null ? (object)new { code = c.Code } : new { code = c.Code, parameters = c.Parameters }).ToArray());
        if (byField.Count > 0) p.Extensions["codes"] = byField;
        return p;
    }

    private static HttpValidationProblemDetails FieldProblem(FieldValidationException f)
    {
        var p = Validation(new Dictionary<string, string[]> { [f.Field] = [f.Message2] }, f.Code);
        if (f.Code is null) return p;
        if (f.Parameters is not null) p.Extensions["parameters"] = f.Parameters;
        return WithCodes(p, [(f.Field, f.Code, f.Parameters)]);
    }

    private static ProblemDetails WithExtensions(ProblemDetails p, DomainException d)
    {
        foreach (var (k, v) in d.Extensions) p.Extensions[k] = v;
        return p;
    }

    // Framework messages for malformed bodies are safe and useful ("... is not valid JSON"),
    // but inner exceptions may carry type names: keep the outer sentence and the JSON path.
    private static string BadRequestDetail(BadHttpRequestException b)
    {
        if (b.InnerException is JsonException json)
            return json.Path is null ? ServerTexts.Get("invalid_json") : ServerTexts.Get("invalid_json_at", ("path", json.Path));
        return b.StatusCode switch
        {
            413 => ServerTexts.Get("payload_too_large"),
            415 => ServerTexts.Get("unsupported_media_type"),
            _ => ServerTexts.Get("bad_request"),
        };
    }
}
