using System.Diagnostics;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Infrastructure.Pipeline;

/// <summary>Logs every message with its outcome and duration.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, ct);
            logger.LogDebug("{Message} handled in {Ms:0.0} ms", typeof(TMessage).FullName, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{Message} failed after {Ms:0.0} ms: {Error}", typeof(TMessage).FullName,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }
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
/// Every command runs in one transaction: its writes and its audit events commit together or
/// not at all. Queries run without one.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(DbSession db)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is not IBaseCommand || db.Transaction is not null) return await next(message, ct);
        await db.BeginAsync(ct);
        try
        {
            var response = await next(message, ct);
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
