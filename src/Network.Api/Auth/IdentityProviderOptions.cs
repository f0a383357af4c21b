namespace Network.Api.Auth;

/// <summary>
/// One OpenID Connect identity provider whose people (and system clients) may sign in, under
/// <c>Auth:Providers:{name}</c>. Several may be configured: one per organisation's IdP. A provider with a
/// <see cref="ClientId"/> offers browser sign-in (code flow with PKCE); every provider's access tokens are accepted
/// by the API when their audience is <see cref="Audience"/>.
/// </summary>
public sealed class IdentityProviderOptions
{
    /// <summary>The issuer URL; its <c>/.well-known/openid-configuration</c> gives endpoints and keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The name on the sign-in button, e.g. "GGD Amberveen".</summary>
    public string? DisplayName { get; set; }

    /// <summary>The web app's client registration at this provider (confidential client).</summary>
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The audience of API access tokens from this provider; default <c>Auth:Audience</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>Metadata over HTTPS only; false is accepted for a provider on a loopback address (tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool OffersSignIn => ClientId is not null;
}
