using System.Globalization;

namespace MedanUmkm.Api.Domain;

/// <summary>Validation and normalisation of Indonesian identifiers (see shared/DOMAIN.md).</summary>
public static class Identifiers
{
    /// <summary>Province codes (Kemendagri) that can open a NIK.</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
        "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
        "91", "92", "93", "94", "95", "96", "97",
    ];

    /// <summary>Keeps only digits: "12.345.678.9-012.000" -> "123456789012000".</summary>
    public static string Digits(string? text) =>
        text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());

    public static bool IsAllDigits(string? text, int length) =>
        text is not null && text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>NIB: 13 digits.</summary>
    public static bool IsValidNib(string? nib) => IsAllDigits(nib, 13) && nib != "0000000000000";

    /// <summary>
    /// NIK: 16 digits: 6 region (a real province), 6 birth date DDMMYY with 40 added to the day
    /// for women, 4 sequence (not 0000). Returns null when valid, else the reason's text code
    /// (nik_*, worded in the Businesses text catalogue).
    /// </summary>
    public static string? NikProblem(string? nik, Gender? gender = null)
    {
        if (!IsAllDigits(nik, 16)) return "nik_not_16_digits";
        if (!Provinces.Contains(nik![..2])) return "nik_province_invalid";
        var day = int.Parse(nik.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(nik.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var female = day > 40;
        var realDay = female ? day - 40 : day;
        if (month is < 1 or > 12 || realDay < 1 || realDay > DateTime.DaysInMonth(2000, month))
            return "nik_birth_date_invalid";
        if (nik[12..] == "0000") return "nik_sequence_zero";
        if (gender == Gender.Female && !female) return "nik_female_day_mismatch";
        if (gender == Gender.Male && female) return "nik_male_day_mismatch";
        return null;
    }

    /// <summary>NPWP: old 15 digits or new 16 digits (punctuation allowed on input).</summary>
    public static bool IsValidNpwp(string? npwp)
    {
        var d = Digits(npwp);
        return (d.Length is 15 or 16) && d.Any(c => c != '0') && npwp!.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ' ');
    }

    /// <summary>
    /// NPWP to its 16-digit form (PMK 112/2022): the old 15 digits get a leading 0, 16 digits stay.
    /// Null for empty input; anything not a valid NPWP comes back as its digits (validation refuses it).
    /// </summary>
    public static string? NormaliseNpwp(string? npwp)
    {
        if (string.IsNullOrWhiteSpace(npwp)) return null;
        var d = Digits(npwp);
        return d.Length == 15 && IsValidNpwp(npwp) ? "0" + d : d;
    }

    /// <summary>
    /// A 16-digit NPWP that does not start with 0 is an individual's NIK (PMK 112/2022): it must be
    /// the owner's. Null when consistent (or not applicable), else the reason's text code.
    /// </summary>
    public static string? NpwpOwnerProblem(string? npwp, string? ownerNik)
    {
        if (!IsValidNpwp(npwp)) return null;
        var d = NormaliseNpwp(npwp)!;
        if (d[0] == '0' || d == ownerNik) return null;
        return "npwp_not_owner_nik";
    }

    /// <summary>
    /// NITKU: the 22-digit id of one business location: the 16-digit NPWP followed by 6 digits.
    /// Null when valid, else the reason's text code (nitku_*).
    /// </summary>
    public static string? NitkuProblem(string? nitku, string? npwp)
    {
        var d = Digits(nitku);
        if (d.Length != 22 || !nitku!.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ' '))
            return "nitku_length";
        var n = NormaliseNpwp(npwp);
        if (n is null || !IsValidNpwp(npwp)) return "nitku_needs_npwp";
        if (!d.StartsWith(n, StringComparison.Ordinal)) return "nitku_not_npwp_prefix";
        return null;
    }

    /// <summary>KBLI: 5 digits.</summary>
    public static bool IsValidKbli(string? code) => IsAllDigits(code, 5);

    public static readonly string[] KbliVersions = ["2020", "2025"];

    /// <summary>HS code: 4 to 8 digits (dots allowed on input: 0901.11).</summary>
    public static bool IsValidHsCode(string? hs)
    {
        var d = Digits(hs);
        return d.Length is >= 4 and <= 8 && hs!.All(c => char.IsAsciiDigit(c) || c == '.');
    }

    /// <summary>
    /// Indonesian phone number to E.164: 08xx / 628xx / +628xx (and landlines 061...) become +62...
    /// Returns null when it is not a plausible Indonesian number.
    /// </summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var trimmed = phone.Trim();
        if (trimmed.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.'))) return null;
        if (trimmed.LastIndexOf('+') > 0) return null;
        var d = Digits(trimmed);
        string national;
        if (trimmed.StartsWith('+'))
        {
            if (!d.StartsWith("62", StringComparison.Ordinal)) return null;
            national = d[2..];
        }
        else if (d.StartsWith("62", StringComparison.Ordinal)) national = d[2..];
        else if (d.StartsWith('0')) national = d[1..];
        else return null;
        if (national.Length is < 8 or > 12 || national[0] == '0') return null;
        if (national[0] == '8' && national.Length < 9) return null; // mobile numbers have 9-12 digits after 0
        return "+62" + national;
    }

    /// <summary>"1271012304900001" -> "1271**********01".</summary>
    public static string MaskNik(string nik) => nik.Length < 6 ? "****" : nik[..4] + new string('*', nik.Length - 6) + nik[^2..];

    /// <summary>"+6281234567890" -> "+62812*****890".</summary>
    public static string MaskPhone(string phone) => phone.Length < 9 ? "****" : phone[..6] + new string('*', phone.Length - 9) + phone[^3..];

    public static string MaskEmail(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    public const string MaskedText = "***";
}
