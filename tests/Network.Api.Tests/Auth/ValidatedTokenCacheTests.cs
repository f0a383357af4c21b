using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Api.Auth;

namespace Network.Api.Tests.Auth;

/// <summary>
/// The validated-token cache may spare a repeated token its verification, never its refusal: after its expiry, under
/// another key, issuer or audience the token is validated again, and a refused token is never remembered.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Key = "cache-test-signing-key-0123456789-abcdefghijklmnop";
    private static readonly DateTime Start = DateTime.UtcNow;

    private static string Token(string key = Key, TimeSpan? lifetime = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = "network-dev",
                Audience = "network-api",
                Subject = new ClaimsIdentity([new Claim("sub", "someone"), new Claim("role", "professional")]),
                NotBefore = Start.AddMinutes(-1),
                IssuedAt = Start.AddMinutes(-1),
                Expires = Start + (lifetime ?? TimeSpan.FromMinutes(10)),
                SigningCredentials = new SigningCredentials(
                    AuthenticationSetup.SigningKey(key),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );

    private static TokenValidationParameters Parameters(
        string key = Key,
        string audience = "network-api",
        int skewSeconds = 30
    ) =>
        new()
        {
            ValidIssuer = "network-dev",
            ValidAudience = audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(skewSeconds),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            IssuerSigningKey = AuthenticationSetup.SigningKey(key),
        };

    private sealed class CountingHandler : JsonWebTokenHandler
    {
        public int Validations { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(
            string token,
            TokenValidationParameters validationParameters
        )
        {
            Validations++;
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }

    [Fact]
    public async Task A_repeated_token_is_verified_once_within_its_lifetime()
    {
        var inner = new CountingHandler { MapInboundClaims = false };
        using var cache = new ValidatedTokenCache(inner);
        var token = Token();
        var parameters = Parameters();
        for (var i = 0; i < 5; i++)
            Assert.True((await cache.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(1, inner.Validations);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_expires()
    {
        using var cache = new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false });
        var token = Token(lifetime: DateTime.UtcNow - Start + TimeSpan.FromSeconds(2));
        var parameters = Parameters(skewSeconds: 0);
        Assert.True((await cache.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.True((await cache.ValidateTokenAsync(token, parameters)).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // past exp
        var late = await cache.ValidateTokenAsync(token, parameters);
        Assert.False(late.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(late.Exception);
    }

    [Fact]
    public async Task A_remembered_token_is_validated_again_under_another_key_or_audience()
    {
        using var cache = new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false });
        var token = Token();
        Assert.True((await cache.ValidateTokenAsync(token, Parameters())).IsValid);

        var rotated = await cache.ValidateTokenAsync(
            token,
            Parameters(key: "a-rotated-signing-key-of-sufficient-length-0123456789")
        );
        Assert.False(rotated.IsValid);
        Assert.False((await cache.ValidateTokenAsync(token, Parameters(audience: "some-other-api"))).IsValid);
    }

    [Fact]
    public async Task A_refused_token_is_never_remembered()
    {
        using var cache = new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false });
        var forged = Token(key: "a-different-signing-key-of-sufficient-length-0123456789");
        for (var i = 0; i < 3; i++)
            Assert.False((await cache.ValidateTokenAsync(forged, Parameters())).IsValid);
    }

    [Fact]
    public async Task Every_hit_gets_its_own_identity_with_the_same_claims()
    {
        using var cache = new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false });
        var token = Token();
        var parameters = Parameters();
        var first = (await cache.ValidateTokenAsync(token, parameters)).ClaimsIdentity;
        first.AddClaim(new Claim("role", "admin")); // a request that changes its principal changes no other request's
        var second = (await cache.ValidateTokenAsync(token, parameters)).ClaimsIdentity;
        var third = (await cache.ValidateTokenAsync(token, parameters)).ClaimsIdentity;
        Assert.NotSame(second, third);
        Assert.Equal(["professional"], second.FindAll("role").Select(c => c.Value));
        Assert.Equal("someone", third.FindFirst("sub")?.Value);
        Assert.True(second.IsAuthenticated);
    }
}
