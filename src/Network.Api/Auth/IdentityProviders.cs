using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Network.Api.Hosting;
using Network.Application.Access;
using Network.Application.Accounts;

namespace Network.Api.Auth;

/// <summary>
/// The configured OpenID Connect providers (<c>Auth:Providers:{name}</c>), each as two schemes: <c>bearer:{name}</c>
/// validates its access tokens for the API, <c>oidc:{name}</c> signs people in to the web app (authorization code
/// flow with PKCE, into the session cookie). Schemes are added from options, so test hosts can configure providers.
/// </summary>
public static class IdentityProviders
{
    public static string BearerScheme(string provider) => $"bearer:{provider}";

    public static string SignInScheme(string provider) => $"oidc:{provider}";

    /// <summary>Where a provider sends the browser back after sign-in.</summary>
    public static string CallbackPath(string provider) => $"/aanmelden/{provider}/terug";

    internal static void AddSchemes(IServiceCollection services, bool development)
    {
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<
                IPostConfigureOptions<OpenIdConnectOptions>,
                OpenIdConnectPostConfigureOptions
            >()
        );
        services
            .AddOptions<AuthenticationOptions>()
            .Configure<IOptions<AuthOptions>>(
                (o, auth) =>
                {
                    foreach (var (name, provider) in auth.Value.Providers)
                    {
                        o.AddScheme(BearerScheme(name), s => s.HandlerType = typeof(JwtBearerHandler));
                        if (provider.OffersSignIn)
                            o.AddScheme(SignInScheme(name), s =>
                            {
                                s.HandlerType = typeof(OpenIdConnectHandler);
                                s.DisplayName = provider.DisplayName ?? name;
                            });
                    }
                }
            );
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureBearer>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>>(sp => new ConfigureSignIn(
            sp.GetRequiredService<IOptions<AuthOptions>>(),
            development
        ));
    }

    /// <summary>The bearer scheme for a request's token: the provider whose issuer signed it, else Development's.</summary>
    public static string BearerSchemeFor(HttpContext http, AuthOptions auth)
    {
        if (auth.Providers.Count == 0)
            return JwtBearerDefaults.AuthenticationScheme;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return JwtBearerDefaults.AuthenticationScheme;
        string issuer;
        try
        {
            // Read, not trusted: the chosen scheme validates the token in full (signature, issuer, audience, expiry).
            issuer = new JsonWebToken(header["Bearer ".Length..].Trim()).Issuer;
        }
        catch (ArgumentException)
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }
        foreach (var (name, provider) in auth.Providers)
            if (DirectoryClaims.Normalise(provider.Authority!) == DirectoryClaims.Normalise(issuer))
                return BearerScheme(name);
        return JwtBearerDefaults.AuthenticationScheme;
    }

    private static IdentityProviderOptions? Named(AuthOptions auth, string? scheme, Func<string, string> naming) =>
        auth.Providers.FirstOrDefault(p => naming(p.Key) == scheme) is { Value: { } provider } ? provider : null;

    private sealed class ConfigureBearer(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions jwt)
        {
            if (Named(auth.Value, name, BearerScheme) is not { } provider)
                return;
            jwt.MapInboundClaims = false;
            jwt.Authority = provider.Authority;
            jwt.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            jwt.TokenValidationParameters = AuthenticationSetup.Parameters(provider.Audience ?? auth.Value.Audience);
            AuthenticationSetup.CacheValidatedTokens(jwt);
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }

    private sealed class ConfigureSignIn(IOptions<AuthOptions> auth, bool development)
        : IConfigureNamedOptions<OpenIdConnectOptions>
    {
        public void Configure(string? name, OpenIdConnectOptions o)
        {
            var entry = auth.Value.Providers.FirstOrDefault(p => SignInScheme(p.Key) == name);
            if (entry.Value is not { OffersSignIn: true } provider)
                return;
            o.Authority = provider.Authority;
            o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            o.ClientId = provider.ClientId;
            o.ClientSecret = provider.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            // The code comes back in the query of a top-level GET, so the SameSite=Lax correlation cookies are sent.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.CallbackPath = CallbackPath(entry.Key);
            o.SignInScheme = SessionCookie.Scheme;
            o.MapInboundClaims = false;
            o.SaveTokens = false; // the session needs who, not the provider's tokens
            // Who: the ID token says it (e-mail included); the access token is for the API, not for userinfo.
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" })
                o.Scope.Add(scope);
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.CorrelationCookie.SecurePolicy = secure;
            o.NonceCookie.SecurePolicy = secure;
            o.Events.OnTicketReceived = SignedInAsync;
            o.Events.OnRemoteFailure = context =>
            {
                // A refused or broken sign-in lands on the sign-in page with a message, never on a stack trace.
                context
                    .HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(IdentityProviders))
                    .SignInFailed(context.Scheme.Name, context.Failure?.Message);
                context.Response.Redirect("/aanmelden?mislukt=1");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        }

        public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

        /// <summary>The session keeps who the provider vouched for; what they may do is read per request.</summary>
        private static async Task SignedInAsync(TicketReceivedContext context)
        {
            var principal = context.Principal!;
            var issuer = principal.FindFirst(DirectoryClaims.Issuer)?.Value
                ?? ((OpenIdConnectOptions)context.Options).Authority!;
            var identity = DirectoryClaims.ExternalIdentityOf(principal, issuer);
            await context
                .HttpContext.RequestServices.GetRequiredService<AccountService>()
                .RecordSignInAsync(identity, context.HttpContext.RequestAborted);
            var claims = new List<Claim> { new(DirectoryClaims.Issuer, identity.Issuer), new("sub", identity.Subject) };
            if (identity.Name is { } n)
                claims.Add(new Claim("name", n));
            if (identity.Email is { } e && identity.EmailVerified)
                claims.Add(new Claim("email", e));
            context.Principal = SessionCookie.Principal(claims);
        }
    }
}
