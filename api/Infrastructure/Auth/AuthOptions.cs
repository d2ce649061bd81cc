namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// HMAC key for signing tokens (at least 32 bytes). Set it in production so that every
    /// instance accepts the same tokens; without it a random key is made at start-up.
    /// </summary>
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "medanumkm";
    public string Audience { get; set; } = "medanumkm-api";
    public int TokenMinutes { get; set; } = 30;
    /// <summary>Failed sign-ins from one address for one e-mail before the back-off starts.</summary>
    public int MaxFailedLogins { get; set; } = 5;
    /// <summary>The longest back-off (the delay doubles from <see cref="BackoffSeconds"/> up to this).</summary>
    public int LockoutMinutes { get; set; } = 15;
    /// <summary>The first back-off delay, after <see cref="MaxFailedLogins"/> failures.</summary>
    public int BackoffSeconds { get; set; } = 30;
    /// <summary>How long a browser's refresh token lasts unused (each renewal starts it again).</summary>
    public int RefreshHours { get; set; } = 12;
}

/// <summary>Configuration section <c>Bootstrap</c>: the first admin, created when no user exists.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
