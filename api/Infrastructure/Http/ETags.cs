using System.Globalization;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// An If-Match header read as RFC 9110 §13.1.1 says: <c>*</c> or a comma-separated list of entity
/// tags, compared strongly (a weak tag <c>W/"7"</c> never matches, whatever its value).
/// </summary>
public sealed partial class IfMatch
{
    private IfMatch(bool isAny, IReadOnlyList<int> versions)
    {
        IsAny = isAny;
        Versions = versions;
    }

    /// <summary><c>If-Match: *</c>: any current representation matches.</summary>
    public bool IsAny { get; }

    /// <summary>The versions of the strong tags of ours in the list (weak and foreign tags dropped: they cannot match).</summary>
    public IReadOnlyList<int> Versions { get; }

    /// <summary>Strong comparison against the version the resource has now.</summary>
    public bool Matches(int currentVersion) => IsAny || Versions.Contains(currentVersion);

    /// <summary>Parses a header value; null when the header is absent or blank.</summary>
    public static IfMatch? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        if (header.Trim() == "*") return new IfMatch(true, []);
        var versions = new List<int>();
        foreach (Match m in EntityTag().Matches(header))
        {
            if (m.Groups["weak"].Success) continue;
            if (int.TryParse(m.Groups["tag"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
                versions.Add(v);
        }
        return new IfMatch(false, versions);
    }

    // entity-tag = [ weak ] opaque-tag; opaque-tag = DQUOTE *etagc DQUOTE (RFC 9110 §8.8.3).
    [GeneratedRegex("(?<weak>W/)?\"(?<tag>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex EntityTag();
}

/// <summary>Versions travel as strong ETags (<c>"7"</c>); updates must send the one they read in If-Match.</summary>
public static partial class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The parsed If-Match header; 428 when it is absent.</summary>
    public static IfMatch ParseIfMatch(HttpRequest request) =>
        IfMatch.Parse(request.Headers.IfMatch.ToString()) ?? throw new PreconditionRequiredException();

    /// <summary>
    /// The version an update or delete may proceed from: 428 without If-Match, 412 when no tag in it can
    /// match (weak tags only, say). A single strong tag is returned as sent: the handler compares it with
    /// the stored version under its transaction (<c>UPDATE ... WHERE Version = @ExpectedVersion</c>) and
    /// answers 412 when it is stale. For <c>*</c> or a list, the current version is read from
    /// <paramref name="table"/> and returned when it matches; the handler's own check then still guards
    /// against a change in between. A missing row yields 0, which the handler answers with 404.
    /// </summary>
    public static async Task<int> RequireIfMatchAsync(HttpContext http, string entity, string id, string table, int key)
    {
        var ifMatch = ParseIfMatch(http.Request);
        if (!ifMatch.IsAny && ifMatch.Versions.Count == 0) throw new PreconditionFailedException(entity, id);
        if (!ifMatch.IsAny && ifMatch.Versions.Count == 1) return ifMatch.Versions[0];
        if (!TableName().IsMatch(table)) throw new ArgumentException($"Not a table name: {table}", nameof(table));
        var db = http.RequestServices.GetRequiredService<DbSession>();
        var current = await db.QuerySingleOrDefaultAsync<int?>($"SELECT Version FROM {table} WHERE Id = @Id", new { Id = key },
            http.RequestAborted);
        if (current is null) return 0;
        return ifMatch.Matches(current.Value) ? current.Value : throw new PreconditionFailedException(entity, id);
    }

    /// <summary>Sets the ETag of a resource on the response.</summary>
    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = For(version);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex TableName();
}
