using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Http;
using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Training;

/// <summary>A query narrowed to sessions between two Jakarta dates (yyyy-MM-dd, inclusive, both optional).</summary>
public interface ITrainingDateRange
{
    string? From { get; }
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
        Justification = "The query parameter is 'to'; the queries are records bound from the query string, not a Visual Basic API.")]
    string? To { get; }
}

/// <summary>The rules every <see cref="ITrainingDateRange"/> query shares.</summary>
public static class TrainingDateRange
{
    /// <summary>from and to must be dates when given, and to not before from.</summary>
    /// <param name="validator">The query's validator.</param>
    public static void AddDateRangeRules<T>(this AbstractValidator<T> validator) where T : ITrainingDateRange
    {
        validator.RuleFor(q => q.From).IsDateText().When(q => q.From is not null)
            .WithText("must_be_date");
        validator.RuleFor(q => q.To).IsDateText().When(q => q.To is not null)
            .WithText("must_be_date");
        validator.RuleFor(q => q.To).Must((q, to) => OfficeTime.ParseDate(to) >= OfficeTime.ParseDate(q.From))
            .When(q => OfficeTime.ParseDate(q.From) is not null && OfficeTime.ParseDate(q.To) is not null)
            .WithText("to_before_from");
    }
}
