using System.Text.Json;

namespace MedanUmkm.Api.Domain;

/// <summary>Business scale under PP 7/2021 art. 35.</summary>
public enum BusinessScale { Micro, Small, Medium }

public enum BusinessStatus { Active, Inactive }

/// <summary>Where a business stands on its way into the e-katalog.</summary>
public enum EkatalogStatus { NotStarted, Preparing, Submitted, Listed, Rejected, Delisted }

public enum Gender { Female, Male }

public enum Sector { FoodBeverage, Fashion, Craft, Agriculture, Trade, Services, Manufacturing, Other }

/// <summary>Enum values as they travel in JSON and are stored in the database: snake_case, lower-case.</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        value = default;
        return false;
    }

    public static string[] All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Of).ToArray();
}
