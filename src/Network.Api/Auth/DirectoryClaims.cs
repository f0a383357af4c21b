using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Network.Application.Access;

namespace Network.Api.Auth;

/// <summary>
/// Who someone is comes from the directory, not from the token. For a token or session from a configured identity
/// provider, this replaces every claim but issuer and subject with what <see cref="ViewerDirectory"/> reads on this
/// request (role, municipalities, entry, scopes), so a provider cannot grant a role by sending a claim, and a revoked
/// role or a deactivated person counts at the next request. Tokens of the Development issuer (symmetric key, demo
/// logins and tests only) keep their claims. Runs on every authentication; resolved once per request.
/// </summary>
public sealed class DirectoryClaims(ViewerDirectory directory, IHttpContextAccessor http, IOptions<AuthOptions> auth)
    : IClaimsTransformation
{
    public const string AuthenticationType = "network-directory";
    public const string Issuer = "iss";
    public const string AccountId = "account_id";

    /// <summary>The directory account of a principal signed in through a provider (not a Development login).</summary>
    public static Guid? AccountIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(AccountId)?.Value, out var id) ? id : null;

    /// <summary>Marks a signed-in identity that is linked to no entry and holds no role: only linking is open to it.</summary>
    public const string Unlinked = "unlinked";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity)
            return principal;
        if (identity.AuthenticationType == AuthenticationType)
            return principal;
        var issuer = principal.FindFirst(Issuer)?.Value;
        if (issuer is null || issuer == auth.Value.Issuer)
            return principal;

        var external = ExternalIdentityOf(principal, issuer);
        var context = http.HttpContext;
        var key = $"{nameof(DirectoryClaims)}|{external.Issuer}|{external.Subject}";
        if (context?.Items[key] is not ResolvedIdentity resolved)
        {
            resolved = await directory.ResolveAsync(external, context?.RequestAborted ?? default);
            if (context is not null)
                context.Items[key] = resolved;
        }
        return new ClaimsPrincipal(ClaimsOf(resolved, external));
    }

    public static ExternalIdentity ExternalIdentityOf(ClaimsPrincipal principal, string issuer)
    {
        var scopes = principal
            .FindAll(NetworkClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new ExternalIdentity(
            Normalise(issuer),
            principal.FindFirst("sub")?.Value ?? "",
            principal.FindFirst("email")?.Value,
            string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase),
            principal.FindFirst("name")?.Value,
            principal.FindFirst("client_id")?.Value ?? principal.FindFirst("azp")?.Value,
            scopes
        );
    }

    /// <summary>Issuers compared without a trailing slash, as providers differ in writing one.</summary>
    public static string Normalise(string issuer) => issuer.TrimEnd('/');

    private static ClaimsIdentity ClaimsOf(ResolvedIdentity resolved, ExternalIdentity external)
    {
        var v = resolved.Viewer;
        var claims = new List<Claim> { new(Issuer, external.Issuer), new("sub", v.Subject) };
        if (resolved.AccountId is { } account)
            claims.Add(new Claim(AccountId, account.ToString()));
        if (external.Name is { } name)
            claims.Add(new Claim("name", name));
        if (resolved.IsUnlinked)
            claims.Add(new Claim(Unlinked, "true"));
        else
        {
            claims.Add(new Claim(NetworkClaims.Role, DevTokens.RoleName(v.Role)));
            claims.AddRange(v.Municipalities.Select(m => new Claim(NetworkClaims.Municipality, m)));
            if (v.ProfessionalId is { } id)
                claims.Add(new Claim(NetworkClaims.ProfessionalId, id.ToString()));
            if (v.Scopes.Count > 0)
                claims.Add(new Claim(NetworkClaims.Scope, string.Join(' ', v.Scopes)));
        }
        return new ClaimsIdentity(claims, AuthenticationType, "name", NetworkClaims.Role);
    }
}
