namespace Network.Api.Auth;

/// <summary>
/// Token validation. Production sets <see cref="Authority"/> (OpenID Connect discovery) and <see cref="Audience"/>;
/// Development and tests use a symmetric <see cref="SigningKey"/> that the dev token issuer signs with.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }
    public string Issuer { get; set; } = "network-dev";
    public string Audience { get; set; } = "network-api";
    public string? SigningKey { get; set; }
    public int DevTokenLifetimeMinutes { get; set; } = 480;
}
