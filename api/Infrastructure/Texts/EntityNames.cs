namespace MedanUmkm.Api.Infrastructure.Texts;

/// <summary>
/// The name of an entity as a person reads it ("Business" -> "Usaha"): code sites name entities in
/// English (they are also the ETag and log names); the catalogue's <c>entity.*</c> codes say them in
/// the caller's language.
/// </summary>
public static class EntityNames
{
    /// <summary>The catalogue code of an entity name: "Aid distribution" -> "entity.aid_distribution".</summary>
    public static string CodeOf(string entity) =>
        "entity." + string.Concat(entity.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '_'));

    /// <summary>The entity's name in the current language; the name itself when the catalogue lacks it.</summary>
    public static string Of(string entity)
    {
        var code = CodeOf(entity);
        return ServerTexts.Has(code) ? ServerTexts.Get(code) : entity;
    }
}
