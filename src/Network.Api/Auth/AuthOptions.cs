namespace Network.Api.Auth;

/// <summary>
/// Who may sign in. Production configures <see cref="Providers"/> (OpenID Connect identity providers, by name);
/// Development and tests also use a symmetric <see cref="SigningKey"/> that the dev token issuer signs with.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public Dictionary<string, IdentityProviderOptions> Providers { get; set; } = new(StringComparer.Ordinal);
    public string Issuer { get; set; } = "network-dev";
    public string Audience { get; set; } = "network-api";
    public string? SigningKey { get; set; }
    public int DevTokenLifetimeMinutes { get; set; } = 480;
}
