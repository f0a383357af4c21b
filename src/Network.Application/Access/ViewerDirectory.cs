using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Accounts;

namespace Network.Application.Access;

/// <summary>What an identity provider vouches for: who (issuer + subject), and for people their verified e-mail.</summary>
public sealed record ExternalIdentity(
    string Issuer,
    string Subject,
    string? Email,
    bool EmailVerified,
    string? Name,
    string? ClientId,
    IReadOnlySet<string> Scopes
);

/// <summary>An identity as the directory knows it: the viewer it acts as, and its account if it has one.</summary>
public sealed record ResolvedIdentity(Viewer Viewer, Guid? AccountId)
{
    /// <summary>Signed in, but linked to no entry and holding no role: only the "link your account" step is open.</summary>
    public bool IsUnlinked => !Viewer.IsAuthenticated;
}

/// <summary>
/// Turns an external identity into the viewer it is, from directory data read on every request: the account's
/// linked entry (while active) and its unrevoked roles, or a registered system client's scopes. Nothing in the
/// token beyond issuer, subject and (for system clients) the scopes it asks for decides anything, so a revoked role
/// or a deactivated person loses access at the next request, not when a token expires.
/// </summary>
public sealed class ViewerDirectory(NetworkDbContext db)
{
    public async Task<ResolvedIdentity> ResolveAsync(ExternalIdentity identity, CancellationToken ct)
    {
        var account = await db
            .Accounts.AsNoTracking()
            .Where(a => a.Issuer == identity.Issuer && a.Subject == identity.Subject)
            .Select(a => new
            {
                a.Id,
                Roles = a
                    .Roles.Where(r => r.RevokedAt == null)
                    .Select(r => new { r.Role, r.MunicipalityCode })
                    .ToList(),
                Entry = db
                    .Professionals.Where(p => p.Id == a.ProfessionalId && p.IsActive)
                    .Select(p => new { p.Id, Codes = p.Municipalities.Select(m => m.MunicipalityCode).ToList() })
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (account is null)
            return new ResolvedIdentity(await SystemClientAsync(identity, ct) ?? Unlinked("unlinked"), null);

        var subject = $"account:{account.Id}";
        if (account.Roles.Any(r => r.Role == GrantedRole.Admin))
            return new(new Viewer(subject, ViewerRole.Admin, Codes([]), account.Entry?.Id, Codes([])), account.Id);
        var coordinates = account
            .Roles.Where(r => r.Role == GrantedRole.Coordinator)
            .Select(r => r.MunicipalityCode!)
            .ToList();
        if (coordinates.Count > 0)
            return new(
                new Viewer(subject, ViewerRole.Coordinator, Codes(coordinates), account.Entry?.Id, Codes([])),
                account.Id
            );
        if (account.Entry is { } entry)
            return new(
                new Viewer(subject, ViewerRole.Professional, Codes(entry.Codes), entry.Id, Codes([])),
                account.Id
            );
        return new(Unlinked(subject), account.Id);
    }

    private async Task<Viewer?> SystemClientAsync(ExternalIdentity identity, CancellationToken ct)
    {
        // People carry an e-mail; client-credentials tokens carry the client id (or it is their subject).
        var clientId = identity.ClientId ?? identity.Subject;
        var client = await db
            .SystemClients.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Issuer == identity.Issuer && c.ClientId == clientId && c.IsActive, ct);
        if (client is null)
            return null;
        // A token that names scopes gets no more than it asks for; one that names none gets what is registered.
        var scopes = identity.Scopes.Count == 0 ? client.Scopes : client.Scopes.Where(identity.Scopes.Contains);
        return new Viewer(
            $"client:{client.Id}",
            ViewerRole.System,
            Codes([client.MunicipalityCode]),
            null,
            Codes(scopes)
        );
    }

    private static Viewer Unlinked(string subject) => Viewer.Anonymous with { Subject = subject };

    private static HashSet<string> Codes(IEnumerable<string> codes) => codes.ToHashSet(StringComparer.Ordinal);
}
