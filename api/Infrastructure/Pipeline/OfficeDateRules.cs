using FluentValidation;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Infrastructure.Pipeline;

/// <summary>
/// Date rules against the office's (WIB) today, read from the clock each time a value is validated:
/// validators are singletons, so a today taken when one is built would go stale at the next midnight.
/// </summary>
public static class OfficeDateRules
{
    /// <summary>On or after <paramref name="from"/> and not after today (WIB) plus <paramref name="yearsAhead"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> FromUntilToday<T>(this IRuleBuilder<T, DateOnly?> rule, DateOnly from, TimeProvider clock, int yearsAhead = 0) =>
        rule.Must(d => d is not { } day || (day >= from && day <= OfficeTime.Today(clock).AddYears(yearsAhead)));

    /// <inheritdoc cref="FromUntilToday{T}(IRuleBuilder{T, DateOnly?}, DateOnly, TimeProvider, int)"/>
    public static IRuleBuilderOptions<T, DateOnly> FromUntilToday<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly from, TimeProvider clock) =>
        rule.Must(day => day >= from && day <= OfficeTime.Today(clock));

    /// <summary>A year from <paramref name="from"/> to this (WIB) year plus <paramref name="yearsAhead"/>.</summary>
    public static IRuleBuilderOptions<T, int?> FromUntilThisYear<T>(this IRuleBuilder<T, int?> rule, int from, TimeProvider clock, int yearsAhead = 0) =>
        rule.Must(y => y is not { } year || (year >= from && year <= OfficeTime.Today(clock).Year + yearsAhead));

    /// <inheritdoc cref="FromUntilThisYear{T}(IRuleBuilder{T, int?}, int, TimeProvider, int)"/>
    public static IRuleBuilderOptions<T, int> FromUntilThisYear<T>(this IRuleBuilder<T, int> rule, int from, TimeProvider clock, int yearsAhead = 0) =>
        rule.Must(year => year >= from && year <= OfficeTime.Today(clock).Year + yearsAhead);
}
