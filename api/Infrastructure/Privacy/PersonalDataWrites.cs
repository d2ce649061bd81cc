using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Infrastructure.Privacy;

/// <summary>
/// Keeps masked placeholders out of the database. A command that writes personal data has a guard;
/// before validation, the guard replaces what a caller could not have known (an omitted field, or
/// the exact masked form they were shown) with the stored value, and refuses any other value for a
/// field the caller may not see (<see cref="PersonalDataWriteException"/>).
/// </summary>
public interface IPersonalDataWriteGuard<TMessage>
{
    /// <param name="message">The command as the caller sent it.</param>
    /// <param name="callerMaySee">Whether the caller may see personal data (officer, admin, key with personal-data:read).</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The command to validate and handle: placeholders replaced by the stored values.</returns>
    ValueTask<TMessage> GuardAsync(TMessage message, bool callerMaySee, CancellationToken ct);
}

/// <summary>Runs the message's <see cref="IPersonalDataWriteGuard{TMessage}"/>s before validation and the handler.</summary>
public sealed class PersonalDataWriteBehaviour<TMessage, TResponse>(IEnumerable<IPersonalDataWriteGuard<TMessage>> guards, CurrentActor actor)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        foreach (var guard in guards) message = await guard.GuardAsync(message, actor.CanSeePersonalData, ct);
        return await next(message, ct);
    }
}

/// <summary>
/// 400 naming the personal fields a write may not set: <c>personal_data_not_permitted</c> (the
/// caller may not see the field, so may not change it) or <c>personal_data_masked</c> (a masked
/// placeholder where a real value is needed).
/// </summary>
public sealed class PersonalDataWriteException(string code, IReadOnlyDictionary<string, string> errors)
    : DomainException(ServerTexts.Get("title.400"), string.Join(" ", errors.Values))
{
    public const string NotPermitted = "personal_data_not_permitted";
    public const string MaskedValue = "personal_data_masked";

    public string Code { get; } = code;
    /// <summary>JSON field name -> message.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
    public override int StatusCode => StatusCodes.Status400BadRequest;
}

/// <summary>Checks one personal field of a write; collects the refusals.</summary>
public sealed class PersonalFieldCheck(bool callerMaySee)
{
    private readonly Dictionary<string, string> _notPermitted = [];
    private readonly Dictionary<string, string> _masked = [];

    /// <summary>
    /// The value to store for <paramref name="field"/> in an update. <paramref name="normalise"/>
    /// brings a sent value to its stored form (phone to +62..., NPWP to digits) for comparison.
    /// </summary>
    public string? Update(string field, PersonalDataKind kind, string? sent, string? stored, Func<string?, string?>? normalise = null)
    {
        var hidden = !callerMaySee && PersonalData.IsMasked(kind, stored);
        if (string.IsNullOrWhiteSpace(sent)) return hidden ? stored : sent; // omitted: a hidden value is kept
        if (stored is not null && sent == PersonalData.Mask(kind, stored) && PersonalData.IsMasked(kind, stored))
            return stored; // the exact masked form the caller was shown (by anyone): unchanged
        if (!hidden && (callerMaySee || kind == PersonalDataKind.Npwp))
            return Placeholder(field, sent);
        if (stored is not null && (normalise ?? (s => s?.Trim()))(sent) == stored) return stored;
        _notPermitted[field] = ServerTexts.Get(PersonalDataWriteException.NotPermitted, ("field", field));
        return stored;
    }

    /// <summary>The value to store for <paramref name="field"/> in a creation: anything but a masked placeholder.</summary>
    public string? Create(string field, string? sent) => Placeholder(field, sent);

    private string? Placeholder(string field, string? sent)
    {
        if (PersonalData.LooksMasked(sent))
            _masked[field] = ServerTexts.Get(PersonalDataWriteException.MaskedValue, ("field", field));
        return sent;
    }

    /// <summary>Throws <see cref="PersonalDataWriteException"/> when any field was refused.</summary>
    public void ThrowIfRefused()
    {
        if (_notPermitted.Count > 0) throw new PersonalDataWriteException(PersonalDataWriteException.NotPermitted, _notPermitted);
        if (_masked.Count > 0) throw new PersonalDataWriteException(PersonalDataWriteException.MaskedValue, _masked);
    }
}

public static class PersonalDataWriteSetup
{
    /// <summary>Registers every <see cref="IPersonalDataWriteGuard{TMessage}"/> of the API assembly (scoped).</summary>
    public static IServiceCollection AddPersonalDataWriteGuards(this IServiceCollection services)
    {
        foreach (var type in typeof(IPersonalDataWriteGuard<>).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPersonalDataWriteGuard<>)))
            services.AddScoped(contract, type);
        return services;
    }
}
