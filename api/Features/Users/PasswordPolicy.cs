using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;

namespace MedanUmkm.Api.Features.Users;

/// <summary>The password rules of staff accounts (creation, reset and change of one's own password).</summary>
public static class PasswordPolicy
{
    public const string Description =
        "At least 10 characters, with at least one letter and one digit; not a commonly used password and not containing the e-mail's name part.";

    /// <summary>The problem <c>code</c> when a password is on the common-passwords list.</summary>
    public const string CommonCode = "common_password";

    /// <summary>The problem <c>code</c> when a password contains the user's e-mail name part.</summary>
    public const string ContainsEmailCode = "password_contains_email";

    /// <summary>The text of <see cref="ContainsEmailCode"/> in the caller's language.</summary>
    public static string ContainsEmailMessage => ServerTexts.Get(ContainsEmailCode);

    /// <summary>
    /// At least 10 characters (at most 200), with letters and digits, and not on the common-passwords list
    /// (an embedded resource: the most frequent leaked passwords, see common-passwords.txt for its source).
    /// </summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(10, 200).WithText("password_length", ("min", 10), ("max", 200))
            .Must(p => p is null || (p.Any(char.IsLetter) && p.Any(char.IsDigit)))
            .WithText("password_letter_and_digit")
            .Must(p => p is null || !IsCommon(p))
            .WithText(CommonCode);

    /// <summary>Whether the password, compared case-insensitively, is on the common-passwords list.</summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    /// <summary>
    /// Whether the password contains the e-mail's name part (the text before '@', when it has 3 or more
    /// characters), compared case-insensitively: "rahmat.h@..." refuses "Rahmat.h2026!".
    /// </summary>
    public static bool ContainsEmail(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(email)) return false;
        var at = email.IndexOf('@');
        var local = (at >= 0 ? email[..at] : email).Trim();
        return local.Length >= 3 && password.Contains(local, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Adds the e-mail rule to a password rule: 400 with code password_contains_email.</summary>
    public static IRuleBuilderOptions<T, string> NotContainingEmail<T>(this IRuleBuilderOptions<T, string> rule, Func<T, string?> email) =>
        rule.Must((x, p) => !ContainsEmail(p, email(x))).WithText(ContainsEmailCode);

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("MedanUmkm.Api.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common-passwords list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim());
        return set;
    });
}
