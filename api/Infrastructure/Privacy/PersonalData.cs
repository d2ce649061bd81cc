using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Infrastructure.Privacy;

/// <summary>What kind of personal data a field holds; decides how it is masked.</summary>
public enum PersonalDataKind
{
    /// <summary>NIK (16 digits): 1271**********01.</summary>
    Nik,
    /// <summary>NPWP: personal (and masked like a NIK) only when it has 16 digits and does not start with 0.</summary>
    Npwp,
    /// <summary>Phone (+62...): +62812*****109.</summary>
    Phone,
    /// <summary>E-mail: r***@gmail.com.</summary>
    Email,
    /// <summary>Street address or other free text: ***.</summary>
    Address,
}

/// <summary>
/// Marks a property of a response (or export row) as personal data. Every JSON response masks
/// marked properties for callers that may not see personal data (<see cref="CurrentActor.CanSeePersonalData"/>),
/// whichever handler produced it: see <see cref="PersonalData.JsonModifier"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(PersonalDataKind kind) : Attribute
{
    public PersonalDataKind Kind { get; } = kind;
}

/// <summary>Marks a bool property that the boundary sets to true when it masked the personal fields of the object.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataMaskedFlagAttribute : Attribute;

/// <summary>
/// The one place that knows what personal data is and how it is masked: NIK, 16-digit NPWP not
/// starting with 0 (since 2024 an individual's NPWP is their NIK; 15-digit NPWPs and 16-digit ones
/// starting with 0, which are 0 + the old 15 digits, belong to organisations), phone, e-mail and
/// address. JSON responses, exports and the audit trail all mask through here.
/// </summary>
public static class PersonalData
{
    /// <summary>True for a 16-digit NPWP that does not start with 0: an individual's NIK used as NPWP.</summary>
    public static bool IsPersonalNpwp(string? npwp)
    {
        var digits = Identifiers.Digits(npwp);
        return digits.Length == 16 && digits[0] != '0';
    }

    /// <summary>The value as a caller without the right to personal data sees it (null stays null).</summary>
    public static string? Mask(PersonalDataKind kind, string? value) => value is null ? null : kind switch
    {
        PersonalDataKind.Nik => Identifiers.MaskNik(value),
        PersonalDataKind.Npwp => IsPersonalNpwp(value) ? Identifiers.MaskNik(Identifiers.Digits(value)) : value,
        PersonalDataKind.Phone => Identifiers.MaskPhone(value),
        PersonalDataKind.Email => Identifiers.MaskEmail(value),
        _ => Identifiers.MaskedText,
    };

    /// <summary>Whether <paramref name="value"/> would be shown masked (an organisational NPWP is shown as is).</summary>
    public static bool IsMasked(PersonalDataKind kind, string? value) =>
        value is not null && (kind != PersonalDataKind.Npwp || IsPersonalNpwp(value));

    /// <summary>
    /// A placeholder rather than a value: what <see cref="Mask"/> produces (runs of '*'). No NIK,
    /// NPWP or phone contains '*', and no real address or e-mail contains "***".
    /// </summary>
    public static bool LooksMasked(string? value) => value is not null && value.Contains("**", StringComparison.Ordinal);

    private sealed record Marked(PropertyInfo Property, PersonalDataKind Kind);

    private static readonly ConcurrentDictionary<Type, Marked[]> MarkedCache = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> FlagCache = new();

    private static Marked[] MarkedProperties(Type type) => MarkedCache.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (p, a: p.GetCustomAttribute<PersonalDataAttribute>()))
        .Where(x => x.a is not null && x.p.PropertyType == typeof(string))
        .Select(x => new Marked(x.p, x.a!.Kind))
        .ToArray());

    private static PropertyInfo[] FlagProperties(Type type) => FlagCache.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(bool) && p.IsDefined(typeof(PersonalDataMaskedFlagAttribute)))
        .ToArray());

    /// <summary>The names of the marked properties of a type with their kinds (the audit trail masks these).</summary>
    public static IReadOnlyDictionary<string, PersonalDataKind> KindsOf(Type type) =>
        MarkedProperties(type).ToDictionary(m => m.Property.Name, m => m.Kind, StringComparer.OrdinalIgnoreCase);

    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>
    /// <paramref name="value"/> as <paramref name="actor"/> may see it: itself when they may see
    /// personal data, else a copy with every [PersonalData] property masked (for exports, which are
    /// not JSON; JSON responses are masked by <see cref="JsonModifier"/>).
    /// </summary>
    public static T ForCaller<T>(T value, CurrentActor actor) where T : class =>
        actor.CanSeePersonalData ? value : Masked(value);

    /// <summary>A copy of <paramref name="value"/> with every [PersonalData] property masked and the masked flag set.</summary>
    public static T Masked<T>(T value) where T : class
    {
        var copy = (T)CloneMethod.Invoke(value, null)!;
        foreach (var m in MarkedProperties(value.GetType()))
            m.Property.SetValue(copy, Mask(m.Kind, (string?)m.Property.GetValue(value)));
        foreach (var flag in FlagProperties(value.GetType())) flag.SetValue(copy, true);
        return copy;
    }

    /// <summary>
    /// A System.Text.Json contract modifier: every string property marked [PersonalData] is written
    /// masked, and every [PersonalDataMaskedFlag] property written as true, when
    /// <paramref name="callerMaySee"/> says no. Registered once in the HTTP JSON options, so a new
    /// handler or response type with marked fields cannot forget to mask.
    /// </summary>
    public static Action<JsonTypeInfo> JsonModifier(Func<bool> callerMaySee) => info =>
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member || property.Get is not { } get) continue;
            if (member.GetCustomAttribute<PersonalDataAttribute>() is { } marked && property.PropertyType == typeof(string))
            {
                var kind = marked.Kind;
                property.Get = obj =>
                {
                    var value = (string?)get(obj);
                    return value is null || callerMaySee() ? value : Mask(kind, value);
                };
            }
            else if (member.IsDefined(typeof(PersonalDataMaskedFlagAttribute)) && property.PropertyType == typeof(bool))
            {
                property.Get = obj => (bool)get(obj)! || !callerMaySee();
            }
        }
    };
}
