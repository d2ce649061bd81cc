using System.Globalization;
using System.Text.RegularExpressions;
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
        // A longer header is not read (InputLimits): nothing in it can match.
        if (header.Length > InputLimits.MaxIfMatch) return new IfMatch(false, []);
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

/// <summary>Versions travel as strong ETags (<c>"7"</c>); updates must send the one they read in If-Match (<see cref="ExpectedVersion"/>).</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The parsed If-Match header; 428 when it is absent.</summary>
    public static IfMatch ParseIfMatch(HttpRequest request) =>
        IfMatch.Parse(request.Headers.IfMatch.ToString()) ?? throw new PreconditionRequiredException();

    /// <summary>Sets the ETag of a resource on the response.</summary>
    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = For(version);
}
