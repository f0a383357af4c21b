using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
                o => o.Providers.Count > 0 || o.SigningKey is not null,
                "Configure an identity provider under Auth:Providers:{name} (Authority, ClientId, ClientSecret)."
            )
            .Validate(
                o => o.Providers.Values.All(p => Uri.TryCreate(p.Authority, UriKind.Absolute, out _)),
                "Every Auth:Providers:{name} needs an absolute Authority URL."
            )
            .ValidateOnStart();

        services.AddAuthentication(SessionCookie.Selector).AddJwtBearer().AddNetworkSession(development);
        // The Development issuer's scheme, configured from options (not read eagerly) so test hosts can override them.
        services
            .AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => ConfigureDevelopmentIssuer(jwt, auth.Value));
        IdentityProviders.AddSchemes(services, development);
        services.AddScoped<IClaimsTransformation, DirectoryClaims>();

        services
            .AddAuthorizationBuilder()
            // A principal with a role: a signed-in identity linked to nothing reaches no API operation.
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser().RequireClaim(NetworkClaims.Role))
            .AddPolicy(SessionCookie.Policy, p =>
                p.AddAuthenticationSchemes(SessionCookie.Scheme).RequireAuthenticatedUser()
            );
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentViewer, ClaimsViewer>();
        return services;
    }

    private static void ConfigureDevelopmentIssuer(JwtBearerOptions jwt, AuthOptions options)
    {
        jwt.MapInboundClaims = false; // keep "sub", "role", "scope" as the token says them
        jwt.TokenValidationParameters = Parameters(options.Audience);
        jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
        jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        jwt.TokenValidationParameters.IssuerSigningKey = options.SigningKey is null
            ? null
            : SigningKey(options.SigningKey);
        CacheValidatedTokens(jwt);
    }

    /// <summary>What every accepted token must be: signed, for this API, within its lifetime.</summary>
    internal static TokenValidationParameters Parameters(string audience) =>
        new()
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "name",
            RoleClaimType = NetworkClaims.Role,
        };

    // The handler reads the Authorization header only; tokens in the query string are never accepted.
    // A token seen before and still within its lifetime is not verified again (see ValidatedTokenCache for what is
    // still checked on every request and why revocation is unchanged).
    internal static void CacheValidatedTokens(JwtBearerOptions jwt)
    {
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
