using System.Diagnostics;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Observability;
using Mediator;

namespace MedanUmkm.Api.Infrastructure.Pipeline;

/// <summary>
/// Logs every message with its outcome and duration, traces it (an activity named by the message
/// type) and records its duration in <see cref="Telemetry.HandlerDuration"/>.
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private static readonly string HandlerName = Telemetry.MessageName(typeof(TMessage));
    private static readonly string? MessageFullName = typeof(TMessage).FullName;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        using var activity = Telemetry.Source.StartActivity(HandlerName);
        activity?.SetTag("medanumkm.handler", HandlerName);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, ct);
            var elapsed = Stopwatch.GetElapsedTime(start);
            Telemetry.HandlerDuration.Record(elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("handler", HandlerName), new KeyValuePair<string, object?>("outcome", "success"));
            logger.MessageHandled(MessageFullName, elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            Telemetry.HandlerDuration.Record(elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("handler", HandlerName), new KeyValuePair<string, object?>("outcome", ex.GetType().Name));
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (logger.IsEnabled(LogLevel.Information))
                logger.MessageFailed(MessageFullName, elapsed.TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }
}

/// <summary>The log messages of <see cref="LoggingBehaviour{TMessage,TResponse}"/> (source-generated).</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {Ms:0.0} ms")]
    public static partial void MessageHandled(this ILogger logger, string? message, double ms);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed after {Ms:0.0} ms: {Error}")]
    public static partial void MessageFailed(this ILogger logger, string? message, double ms, string error);
}

/// <summary>Runs the FluentValidation validators of a message before its handler.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, ct);
            if (!result.IsValid) (failures ??= []).AddRange(result.Errors);
        }
        if (failures is not null) throw new ValidationException(failures);
        return await next(message, ct);
    }
}

/// <summary>
/// Every command runs in one transaction: its writes, the derived data of the businesses it touched
/// (<see cref="BusinessChanges"/>, flushed before the commit), its audit events and its domain events
/// (<see cref="DomainEvents"/>, the outbox, flushed last) commit together or not at all. Queries run without one.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(DbSession db, BusinessChanges changes, DomainEvents events)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is not IBaseCommand || db.Transaction is not null) return await next(message, ct);
        await db.BeginAsync(ct);
        try
        {
            var response = await next(message, ct);
            await changes.FlushAsync(ct);
            await events.FlushAsync(ct);
            await db.CommitAsync(ct);
            return response;
        }
        catch
        {
            await db.RollbackAsync();
            throw;
        }
    }
}
