using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Domain errors keep their
/// message; anything unexpected becomes a 500 without internals (the trace id links to the log).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            ValidationException v => Validation(v.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            FieldValidationException f => Validation(new Dictionary<string, string[]> { [f.Field] = [f.Message2] }),
            DomainException d => WithExtensions(new ProblemDetails { Status = d.StatusCode, Title = d.Title, Detail = d.Message }, d),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = b.StatusCode switch
                {
                    413 => "Payload too large",
                    415 => "Unsupported media type",
                    _ => "Bad request",
                },
                Detail = BadRequestDetail(b),
            },
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal server error",
                Detail = "The server could not complete the request. Quote the trace id when reporting it.",
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

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more validation errors occurred.",
        Detail = "See errors for the fields at fault.",
    };

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
            return $"The request body is not valid JSON for this endpoint{(json.Path is null ? "" : $" (at {json.Path})")}.";
        return b.StatusCode == 413 ? "The request body is larger than this endpoint accepts." : b.Message;
    }
}
