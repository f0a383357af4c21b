using Network.Application.Common;
using Network.Domain.Accounts;

namespace Network.Application.Access;

/// <summary>
/// Accounts, roles, system clients and invitations. Roles are directory data: an administrator grants any role, a
/// coordinator grants and revokes the coordinator role of their own municipalities only, and registers that
/// municipality's system clients. Accounts not yet linked to an entry belong to no municipality: only administrators
/// see those, so signing in once tells no coordinator anything about a stranger.
/// </summary>
public sealed partial class AccessPolicy
{
    public IQueryable<Account> VisibleAccounts(IQueryable<Account> query)
    {
        if (Viewer.IsAdmin)
            return query;
        if (!Viewer.IsCoordinator)
            throw new ForbiddenException("Only coordinators and administrators see accounts and their roles.");
        var codes = Viewer.Municipalities.ToList();
        return query.Where(a =>
            (
                a.ProfessionalId != null
                && db.Professionals.Any(p =>
                    p.Id == a.ProfessionalId && p.Municipalities.Any(m => codes.Contains(m.MunicipalityCode))
                )
            )
            || a.Roles.Any(r => r.RevokedAt == null && r.MunicipalityCode != null && codes.Contains(r.MunicipalityCode))
        );
    }

    /// <summary>Within an account: the administrator role, and coordinator roles of the viewer's municipalities.</summary>
    public bool CanSeeRoleGrant(string? municipalityCode) =>
        Viewer.IsAdmin || municipalityCode is null || Viewer.Municipalities.Contains(municipalityCode);

    public void EnsureCanGrant(GrantedRole role, string? municipalityCode)
    {
        var allowed = role switch
        {
            GrantedRole.Admin => Viewer.IsAdmin,
            GrantedRole.Coordinator => municipalityCode is not null && CanMaintain(municipalityCode),
            _ => false,
        };
        if (!allowed)
            throw new ForbiddenException(
                role == GrantedRole.Admin
                    ? "Only administrators grant or revoke the administrator role."
                    : "Only a coordinator of that municipality, or an administrator, grants or revokes its coordinator role."
            );
    }

    public IQueryable<SystemClient> VisibleSystemClients(IQueryable<SystemClient> query)
    {
        if (Viewer.IsAdmin)
            return query;
        if (!Viewer.IsCoordinator)
            throw new ForbiddenException("Only coordinators and administrators register system clients.");
        var codes = Viewer.Municipalities.ToList();
        return query.Where(c => codes.Contains(c.MunicipalityCode));
    }

    public void EnsureCanRegisterSystemClient(string municipalityCode)
    {
        if (!CanMaintain(municipalityCode))
            throw new ForbiddenException(
                "Only a coordinator of that municipality, or an administrator, registers its system clients."
            );
    }

    /// <summary>Inviting someone to claim an entry: whoever maintains one of the entry's municipalities.</summary>
    public void EnsureCanInvite(IEnumerable<string> municipalityCodes)
    {
        if (!CanMaintainAny(municipalityCodes))
            throw new ForbiddenException(
                "Only a coordinator of this person's municipality, or an administrator, invites."
            );
    }

    /// <summary>Invitations of people in the municipalities the viewer maintains; only coordinators and admins.</summary>
    public IQueryable<Invitation> VisibleInvitations(IQueryable<Invitation> query)
    {
        if (Viewer.IsAdmin)
            return query;
        if (!Viewer.IsCoordinator)
            throw new ForbiddenException("Only coordinators and administrators see invitations.");
        var codes = Viewer.Municipalities.ToList();
        return query.Where(i =>
            db.Professionals.Any(p =>
                p.Id == i.ProfessionalId && p.Municipalities.Any(m => codes.Contains(m.MunicipalityCode))
            )
        );
    }
}
