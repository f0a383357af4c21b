using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Api.Auth;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Auth;

/// <summary>OWASP API2: every flawed token is refused with 401 problem+json, and a sound one is accepted.</summary>
public sealed class TokenValidationTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/organisations";

    private AuthOptions Options => factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value;

    [Fact]
    public async Task Sound_token_is_accepted()
    {
        await (await CallWithAsync(Token())).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        await ExpectRefusedAsync(Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-5)));
    }

    [Fact]
    public async Task Not_yet_valid_token_is_refused()
    {
        var now = DateTime.UtcNow;
        await ExpectRefusedAsync(Token(notBefore: now.AddMinutes(10), expires: now.AddHours(1)));
    }

    [Fact]
    public async Task Token_without_expiry_is_refused()
    {
        await ExpectRefusedAsync(Token(noExpiry: true));
    }

    [Fact]
    public async Task Wrong_issuer_is_refused() =>
        await ExpectRefusedAsync(Token(issuer: "https://idp.elsewhere.example"));

    [Fact]
    public async Task Wrong_audience_is_refused() => await ExpectRefusedAsync(Token(audience: "some-other-api"));

    [Fact]
    public async Task Bad_signature_is_refused() =>
        await ExpectRefusedAsync(Token(key: "a-different-signing-key-of-sufficient-length-0123456789"));

    [Fact]
    public async Task Tampered_payload_is_refused()
    {
        var parts = Token().Split('.');
        var payload = Encoding
            .UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("\"coordinator\"", "\"admin\"");
        await ExpectRefusedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_refused()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"admin","role":"admin","iss":"{{Options.Issuer}}","aud":"{{Options.Audience}}","nbf":{{now - 60}},"iat":{{now - 60}},"exp":{{now + 3600}}}"""
        );
        await ExpectRefusedAsync($"{header}.{payload}.");
    }

    [Fact]
    public async Task Token_in_the_query_string_is_refused()
    {
        var response = await factory.CreateClient().GetAsync($"{Url}?access_token={Uri.EscapeDataString(Token())}");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Garbage_and_wrong_scheme_are_refused()
    {
        await ExpectRefusedAsync("not-a-jwt");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Basic {Token()}");
        await (await client.GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    private async Task ExpectRefusedAsync(string token) =>
        await (await CallWithAsync(token)).ExpectProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");

    private Task<HttpResponseMessage> CallWithAsync(string token) =>
        factory.CreateClient().WithBearer(token).GetAsync(Url);

    /// <summary>A coordinator token like the dev issuer's, with one property changed per test.</summary>
    private string Token(
        string? issuer = null,
        string? audience = null,
        string? key = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        bool noExpiry = false
    )
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Options.Issuer,
            Audience = audience ?? Options.Audience,
            Subject = new ClaimsIdentity([
                new Claim("sub", "coordinator.amberveen"),
                new Claim("role", "coordinator"),
                new Claim("municipality", "GM9901"),
            ]),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = noExpiry ? null : expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(
                AuthenticationSetup.SigningKey(key ?? Options.SigningKey!),
                SecurityAlgorithms.HmacSha256
            ),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
