using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>One page of a list: <c>{ items, page, pageSize, totalCount }</c>.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>Paging and sort parameters shared by list queries.</summary>
public interface IPagedQuery
{
    int Page { get; }
    int PageSize { get; }
    string? Sort { get; }
}

public static class PagingRules
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1_000_000;
    public const int DefaultPageSize = 25;

    /// <summary>page >= 1, pageSize 1..100, sort one of the allowed keys (optionally prefixed by '-').</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> v, IReadOnlyCollection<string> sortKeys) where T : IPagedQuery
    {
        v.RuleFor(q => q.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(MaxPage);
        v.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithText("page_size_range", ("max", MaxPageSize));
        v.RuleFor(q => q.Sort!).Must(s => sortKeys.Contains(s.TrimStart('-')))
            .When(q => !string.IsNullOrEmpty(q.Sort))
            .WithText("sort_not_allowed", ("allowed", sortKeys.ToArray()));
    }

    public static int Skip(this IPagedQuery q) => (q.Page - 1) * q.PageSize;

    /// <summary>Whether the query sorts by the given key, either direction (the default key when none is given).</summary>
    public static bool SortsBy(this IPagedQuery q, string key, string defaultKey) =>
        (string.IsNullOrEmpty(q.Sort) ? defaultKey : q.Sort).TrimStart('-') == key;

    /// <summary>ORDER BY for a whitelisted sort key; the id breaks ties so pages are stable.</summary>
    public static string OrderBy(this IPagedQuery q, IReadOnlyDictionary<string, string> columns, string defaultKey, string idColumn)
    {
        var sort = string.IsNullOrEmpty(q.Sort) ? defaultKey : q.Sort;
        var desc = sort.StartsWith('-');
        var column = columns[sort.TrimStart('-')];
        var dir = desc ? " DESC" : "";
        return $"ORDER BY {column}{dir}, {idColumn}{dir}";
    }
}
