using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>The language of texts the API writes: "en" or "id" (the office's language); see <see cref="TextLanguage"/>.</summary>
public static class Language
{
    public static string Of(HttpRequest request) => TextLanguage.Of(request);
}
