namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// Which side drives a page of text-search results sorted by name (SQLite). The planner always
/// starts from the search index: it looks up every matching row, then sorts them all for one page.
/// For a common word (5,000 of 100,000 businesses own a "Sembiring" surname) that is thousands of
/// row look-ups per page. Walking the name index instead, keeping the entries whose id the search
/// matched, stops after one page: about (skip + take) x rows / matches index entries, each far
/// cheaper than a row look-up (measured on the scale data set: docs/performance.md). For a rare
/// word the search-index side stays cheaper, so the choice is made per request from the count.
/// </summary>
public static class TextSearchPlan
{
    /// <summary>How many name-index entries cost about one row look-up and sort.</summary>
    public const int EntriesPerLookup = 10;

    /// <summary>True when walking the name index for this page costs less than looking every match up.</summary>
    public static bool WalkNameIndex(long matches, long rows, int skip, int take) =>
        matches > 0 && (double)(skip + take) * rows / matches <= (double)matches * EntriesPerLookup;
}
