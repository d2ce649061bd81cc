using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace MedanUmkm.Api.Infrastructure.Texts;

/// <summary>
/// The language of texts the server writes: Indonesian (the office's language, the default) or
/// English. A request chooses it with <c>?lang=id|en</c> or <c>Accept-Language</c> (q-values
/// honoured); <see cref="UseTextLanguage"/> sets <see cref="CultureInfo.CurrentUICulture"/> for the
/// request, which is what FluentValidation's own messages and <see cref="ServerTexts.Get(string, IReadOnlyDictionary{string, object?}?)"/> follow.
/// Only the UI culture changes: number and date formats in files and logs stay invariant.
/// </summary>
public static class TextLanguage
{
    public const string Indonesian = "id";
    public const string English = "en";

    private static readonly CultureInfo IdCulture = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo EnCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"en" when the current UI culture is English, else "id".</summary>
    public static string Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Indonesian;

    /// <summary>The culture whose formats a language's texts use.</summary>
    public static CultureInfo Culture(string language) => language == English ? EnCulture : IdCulture;

    /// <summary>The language a request asks for: <c>?lang=</c> first, then Accept-Language, else Indonesian.</summary>
    public static string Of(HttpRequest request)
    {
        var query = request.Query["lang"].ToString();
        if (query.Length > 0) return query.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.Where(v => v is not null).Select(v => v!).ToList(), out var list)) return Indonesian;
        foreach (var value in list.OrderByDescending(v => v.Quality ?? 1))
        {
            if ((value.Quality ?? 1) <= 0) continue;
            var tag = value.Value.Value ?? "";
            if (tag.StartsWith(English, StringComparison.OrdinalIgnoreCase)) return English;
            if (tag.StartsWith(Indonesian, StringComparison.OrdinalIgnoreCase) || tag == "*") return Indonesian;
        }

        return Indonesian;
    }

    /// <summary>Runs the rest of the request with the UI culture of the language it asked for.</summary>
    public static IApplicationBuilder UseTextLanguage(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(Of(http.Request));
        try { await next(http); }
        finally { CultureInfo.CurrentUICulture = previous; }
    });

    /// <summary>Runs <paramref name="work"/> with the texts of <paramref name="language"/> (background work rendering for a reader).</summary>
    public static T In<T>(string language, Func<T> work)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(language);
        try { return work(); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
