using System.Text.Json;
using System.Text.Json.Serialization;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// The bounds every input has even where no validator sets a tighter one; the OpenAPI document states
/// them on each input it would otherwise leave unbounded (<see cref="QueryParametersFromValidators"/>,
/// <see cref="SchemaRulesFromValidators"/>):
/// <list type="bullet">
/// <item>a string in a JSON body: at most <see cref="MaxJsonText"/> characters (the longest field a
/// validator allows, a note); longer is a 400 naming the field (<see cref="BoundedStringConverter"/>);</item>
/// <item>a query value: at most <see cref="MaxQueryValue"/> characters, else 400 (<see cref="RequestGuards"/>);</item>
/// <item>a path value: ids are positive 32-bit integers, so at most <see cref="MaxId"/> digits (longer is
/// never found: 404), other path values at most <see cref="MaxQueryValue"/> (404);</item>
/// <item><c>If-Match</c>: at most <see cref="MaxIfMatch"/> characters; a longer one is not read (412).</item>
/// </list>
/// </summary>
public static class InputLimits
{
    public const int MaxJsonText = 4000;
    public const int MaxQueryValue = 200;
    public const int MaxId = 10;
    public const int MaxIfMatch = 1000;

    /// <summary>Whether a path parameter holds an id (<c>id</c>, <c>productId</c>, ...), parsed by <see cref="RouteIds"/>.</summary>
    public static bool IsIdName(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);
}

/// <summary>
/// Thrown while reading a JSON string longer than <see cref="InputLimits.MaxJsonText"/>; answered as a 400 on
/// that field with the code <see cref="Code"/> and its text (<see cref="FieldMessage"/>), in the request's language.
/// </summary>
public sealed class JsonTextTooLongException() : JsonException(ServerTexts.Get("text_too_long.body", ("max", InputLimits.MaxJsonText)))
{
    public const string Code = "text_too_long";

    /// <summary>The error on the field: "At most 4,000 characters." / "Paling banyak 4.000 karakter."</summary>
    public static string FieldMessage => ServerTexts.Get(Code, ("max", InputLimits.MaxJsonText));
}

/// <summary>Reads JSON strings up to <see cref="InputLimits.MaxJsonText"/> characters; writes them as they are.</summary>
public sealed class BoundedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException();
        var value = reader.GetString()!;
        return value.Length > InputLimits.MaxJsonText ? throw new JsonTextTooLongException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
