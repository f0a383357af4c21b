using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Network.Api.Auth;

/// <summary>
/// Remembers, per exact token string, that the wrapped handler validated it (signature, issuer, audience, lifetime),
/// so a client that sends the same token again is not re-parsed and re-verified on every request: that was about a
/// tenth of a lookup's CPU. What a remembered result still depends on is checked on every request:
/// <list type="bullet">
/// <item>lifetime: a hit counts only before the token's own <c>exp</c> (without the clock skew the validator allows,
/// so never longer than a fresh validation would accept); after that the token is validated again and refused;</item>
/// <item>the validation parameters: the signing key, valid issuer and audience by reference, and with an authority the
/// OpenID configuration object currently held (a refresh that rotates or withdraws keys replaces it, so every token is
/// validated again against the new keys, exactly when a fresh validation would notice).</item>
/// </list>
/// Only successes are kept, so a refused token is refused by the full validation every time. Tokens are self-contained
/// JWTs without a revocation list or introspection, so no revocation is delayed: the answer for a given token string
/// and configuration cannot change before <c>exp</c>. Each hit gets its own copy of the claims identity.
/// </summary>
public sealed class ValidatedTokenCache(TokenHandler inner, int capacity = 10_000) : TokenHandler, IDisposable
{
    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = capacity });

    private sealed record Entry(
        CaseSensitiveClaimsIdentity Identity,
        SecurityToken Token,
        DateTimeOffset Expires,
        Stamp Stamp
    );

    /// <summary>What the validation depended on besides the token text.</summary>
    private readonly record struct Stamp(
        object? SigningKey,
        string? Issuer,
        string? Audience,
        object? Configuration,
        object? Keys
    );

    public override async Task<TokenValidationResult> ValidateTokenAsync(
        string token,
        TokenValidationParameters validationParameters
    )
    {
        var stamp = await StampOf(validationParameters);
        var now = DateTimeOffset.UtcNow; // the clock the validator's lifetime check reads
        if (_validated.TryGetValue(token, out Entry? entry) && entry!.Stamp == stamp && now < entry.Expires)
            return new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = new CaseSensitiveClaimsIdentity(entry.Identity),
                SecurityToken = entry.Token,
                Issuer = entry.Token.Issuer,
            };

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (
            result.IsValid
            && result.ClaimsIdentity is CaseSensitiveClaimsIdentity identity
            && result.SecurityToken is { } validated
            && validated.ValidTo > DateTime.MinValue
        )
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc));
            if (now < expires)
                _validated.Set(
                    token,
                    new Entry(new CaseSensitiveClaimsIdentity(identity), validated, expires, stamp),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expires }
                );
        }
        return result;
    }

    private static async ValueTask<Stamp> StampOf(TokenValidationParameters p)
    {
        object? configuration = null;
        if (p.ConfigurationManager is { } manager)
            configuration = await manager.GetBaseConfigurationAsync(CancellationToken.None);
        return new Stamp(p.IssuerSigningKey, p.ValidIssuer, p.ValidAudience, configuration, p.IssuerSigningKeys);
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(
        SecurityToken token,
        TokenValidationParameters validationParameters
    ) => inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    public void Dispose() => _validated.Dispose();
}
