using Network.Application.Common;
using Network.Domain.Audit;

namespace Network.Application.Access;

/// <summary>
/// Decisions by role alone: who may create, who acts as themself, who asks the lookup, who reads the audit trail.
/// Services call these instead of testing the viewer's role, so every access decision stays in this folder
/// (a test fails when a role test appears elsewhere).
/// </summary>
public sealed partial class AccessPolicy
{
    /// <summary>Creating organisations, professionals, workshops, routes and covenants: coordinators and admins.</summary>
    /// <param name="what">What is created, completing "Only coordinators and administrators …".</param>
    public void EnsureCanCreate(string what)
    {
        if (!Viewer.IsAdmin && !Viewer.IsCoordinator)
            throw new ForbiddenException($"Only coordinators and administrators {what}.");
    }

    /// <summary>Whether the viewer may place a new object in every one of <paramref name="codes"/>.</summary>
    public bool CanCreateIn(IEnumerable<string> codes) => Viewer.IsAdmin || codes.All(Viewer.CoordinatesIn);

    /// <summary>The viewer's own professional entry, for what only a person does for themself (trust, self-service).</summary>
    public Guid RequireSelf(string refusal) =>
        Viewer.IsProfessional ? Viewer.ProfessionalId!.Value : throw new ForbiddenException(refusal);

    /// <summary>The viewer's own entry, when they are a professional.</summary>
    public Guid? Self => Viewer.IsProfessional ? Viewer.ProfessionalId : null;

    /// <summary>Whether the viewer may ask the lookup (the web app shows the journey only then).</summary>
    public bool CanAskLookup =>
        Viewer.Role switch
        {
            ViewerRole.Professional => Viewer.IsProfessional,
            ViewerRole.Coordinator => true,
            ViewerRole.System => Viewer.HasScope(NetworkClaims.ScopeLookup),
            _ => false,
        };

    /// <summary>Whether the viewer maintains a network: coordinators and administrators.</summary>
    public bool MaintainsNetwork => Viewer.IsAdmin || Viewer.IsCoordinator;

    /// <summary>The lookup answers professionals, coordinators, and system clients with the lookup scope.</summary>
    public void EnsureCanAskLookup()
    {
        if (!CanAskLookup)
            throw new ForbiddenException(
                "The lookup answers professionals, coordinators and systems with the network.lookup scope."
            );
    }

    /// <summary>The audit trail: admins all of it, coordinators their municipalities' events; nobody else.</summary>
    public IQueryable<AuditEvent> VisibleAuditEvents(IQueryable<AuditEvent> query)
    {
        if (Viewer.IsAdmin)
            return query;
        if (!Viewer.IsCoordinator)
            throw new ForbiddenException(
                "Only coordinators and administrators read the audit trail; "
                    + "professionals see who read their details at /api/v1/me/restricted-reads."
            );
        var codes = Viewer.Municipalities.ToList();
        return query.Where(a => a.MunicipalityCode != null && codes.Contains(a.MunicipalityCode));
    }
}
