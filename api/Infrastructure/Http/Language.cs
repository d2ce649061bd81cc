namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>The language of texts the API writes: "en" when Accept-Language prefers English, else "id" (the office's language).</summary>
public static class Language
{
    public static string Of(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header)) return "id";
        var first = header.Split(',')[0].Split(';')[0].Trim();
        return first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
    }
}
