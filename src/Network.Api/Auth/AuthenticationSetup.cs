using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Network.Application.Access;

namespace Network.Api.Auth;

public static class AuthenticationSetup
{
    public static IServiceCollection AddNetworkAuthentication(this IServiceCollection services, bool development)
    {
        services
            .AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .Validate(
                o => o.Authority is not null || o.SigningKey is not null,
                "Configure Auth:Authority (and Auth:Audience) so tokens can be validated."
            )
            .ValidateOnStart();

        services.AddAuthentication(SessionCookie.Selector).AddJwtBearer().AddNetworkSession(development);
        // Configured from options (not read eagerly) so test hosts can override the settings.
        services
            .AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => Configure(jwt, auth.Value));

        services
            .AddAuthorizationBuilder()
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser())
            .AddPolicy(SessionCookie.Policy, p =>
                p.AddAuthenticationSchemes(SessionCookie.Scheme).RequireAuthenticatedUser()
            );
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentViewer, ClaimsViewer>();
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.MapInboundClaims = false; // keep "sub", "role", "scope" as the token says them
        jwt.Authority = options.Authority;
        jwt.Audience = options.Audience;
        jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.Ordinal) ?? true;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.Authority is null ? options.Issuer : null,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            ValidAlgorithms = options.Authority is null ? [SecurityAlgorithms.HmacSha256] : null,
            NameClaimType = "name",
            RoleClaimType = NetworkClaims.Role,
            IssuerSigningKey = options.SigningKey is null ? null : SigningKey(options.SigningKey),
        };
        // The handler reads the Authorization header only; tokens in the query string are never accepted.

        // A token seen before and still within its lifetime is not verified again (see ValidatedTokenCache for what is
        // still checked on every request and why revocation is unchanged).
        var handlers = jwt.TokenHandlers.ToList();
        jwt.TokenHandlers.Clear();
        foreach (var handler in handlers)
            jwt.TokenHandlers.Add(handler as ValidatedTokenCache ?? new ValidatedTokenCache(handler));
    }

    public static SymmetricSecurityKey SigningKey(string key) => new(Encoding.UTF8.GetBytes(key));
}

public static class Policies
{
    public const string Authenticated = "authenticated";
}
