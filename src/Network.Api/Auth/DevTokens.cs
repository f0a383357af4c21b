using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Auth;

/// <summary>
/// Development only: signs tokens for the demo logins so a newcomer can call the API within a minute.
/// Mapped only when the environment is Development; a test proves the routes answer 404 in Production.
/// </summary>
public static class DevTokens
{
    public sealed record TokenRequest(string? User);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string User, string Role);

    public sealed record DemoLogin(
        string Login,
        string Role,
        Guid? ProfessionalId,
        IReadOnlyList<string> Municipalities,
        IReadOnlyList<string> Scopes,
        string Description
    );

    public static IEndpointRouteBuilder MapDevTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var dev = app.MapGroup("/dev").WithTags("Development").ExcludeFromDescription();
        dev.MapGet("/users", () =>
            DemoNetwork.Users.Select(u => new DemoLogin(
                u.Login,
                RoleName(u.Role),
                u.ProfessionalId,
                u.Municipalities,
                u.Scopes,
                u.Description
            ))
        );
        dev.MapPost("/token", (TokenRequest request, IOptions<AuthOptions> options, TimeProvider clock) =>
        {
            var user = DemoNetwork.Users.FirstOrDefault(u => u.Login == request.User);
            if (user is null)
                return Results.Problem(
                    statusCode: 400,
                    title: "Unknown demo user",
                    detail: "Use one of the logins listed at GET /dev/users."
                );
            var lifetime = TimeSpan.FromMinutes(options.Value.DevTokenLifetimeMinutes);
            var token = Issue(options.Value, user, clock.GetUtcNow(), lifetime);
            return Results.Ok(
                new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, user.Login, RoleName(user.Role))
            );
        });
        return app;
    }

    /// <summary>The claims of a demo login, shared by its bearer token and its browser session.</summary>
    public static List<Claim> Claims(DemoUser user)
    {
        var claims = new List<Claim>
        {
            new("sub", user.Login),
            new("name", user.Login),
            new(NetworkClaims.Role, RoleName(user.Role)),
        };
        claims.AddRange(user.Municipalities.Select(m => new Claim(NetworkClaims.Municipality, m)));
        if (user.ProfessionalId is { } id)
            claims.Add(new Claim(NetworkClaims.ProfessionalId, id.ToString()));
        if (user.Scopes.Count > 0)
            claims.Add(new Claim(NetworkClaims.Scope, string.Join(' ', user.Scopes)));
        return claims;
    }

    public static string Issue(AuthOptions options, DemoUser user, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = Claims(user);
        var key = AuthenticationSetup.SigningKey(
            options.SigningKey ?? throw new InvalidOperationException("Auth:SigningKey is not set.")
        );
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static string RoleName(ViewerRole role) => role.ToString().ToLowerInvariant();
}
