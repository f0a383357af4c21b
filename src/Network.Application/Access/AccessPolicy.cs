using Microsoft.EntityFrameworkCore;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.Covenants;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using Network.Domain.Visibility;

namespace Network.Application.Access;

/// <summary>
/// Who may see or change what: the one place both doors (REST and GraphQL) rely on.
/// Read rules are query filters, so what a viewer may not see never leaves the database;
/// write rules throw <see cref="NotFoundException"/> where the object is invisible and
/// <see cref="ForbiddenException"/> where it is visible but not changeable by this viewer.
/// The README's "Visibility" table mirrors this class.
/// </summary>
public sealed partial class AccessPolicy(ICurrentViewer current, NetworkDbContext db, TimeProvider clock)
{
    private Dictionary<Guid, TrustProvenance>? _trust;

    public Viewer Viewer => current.Viewer;

    // ---- reading -----------------------------------------------------------------------------

    /// <summary>Catalogues (municipalities, domains, professions, concern types): any authenticated principal.</summary>
    public bool CanReadCatalogues =>
        Viewer.IsAuthenticated && (!Viewer.IsSystem || Viewer.HasScope(NetworkClaims.ScopeDirectoryRead));

    /// <summary>Organisations serving the viewer's municipalities; inactive ones only for those who maintain them.</summary>
    public IQueryable<Organisation> VisibleOrganisations(IQueryable<Organisation> query)
    {
        var v = Viewer;
        if (v.IsAdmin)
            return query;
        if (!CanReadDirectory(v))
            return query.Where(_ => false);
        var codes = v.Municipalities.ToList();
        query = query.Where(o => o.Municipalities.Any(m => codes.Contains(m.MunicipalityCode)));
        return v.IsCoordinator ? query : query.Where(o => o.IsActive);
    }

    /// <summary>
    /// <see cref="VisibleOrganisations"/> for an organisation already in memory (the lookup's directory snapshot).
    /// The two are one rule written twice, once as SQL and once as code; a test holds them equal for every
    /// demo principal and organisation.
    /// </summary>
    public bool CanSeeOrganisation(bool isActive, IEnumerable<string> municipalities)
    {
        var v = Viewer;
        if (v.IsAdmin)
            return true;
        if (!CanReadDirectory(v))
            return false;
        return municipalities.Any(v.Municipalities.Contains) && (v.IsCoordinator || isActive);
    }

    /// <summary>
    /// Professionals in the viewer's municipality networks. Pending (not yet consented) and inactive
    /// entries are seen only by coordinators and admins; a professional always sees themself.
    /// </summary>
    public IQueryable<Professional> VisibleProfessionals(IQueryable<Professional> query)
    {
        var v = Viewer;
        if (v.IsAdmin)
            return query;
        if (!CanReadDirectory(v))
            return query.Where(_ => false);
        var codes = v.Municipalities.ToList();
        if (v.IsCoordinator)
            return query.Where(p => p.Municipalities.Any(m => codes.Contains(m.MunicipalityCode)));
        var self = v.ProfessionalId ?? Guid.Empty;
        return query.Where(p =>
            p.Id == self
            || (
                p.IsActive
                && p.ListingStatus == ListingStatus.Listed
                && p.Municipalities.Any(m => codes.Contains(m.MunicipalityCode))
            )
        );
    }

    /// <summary><see cref="VisibleProfessionals"/> for a person already in memory (held equal by the same test).</summary>
    public bool CanSeeProfessional(Guid id, bool isActive, bool isListed, IEnumerable<string> municipalities)
    {
        var v = Viewer;
        if (v.IsAdmin)
            return true;
        if (!CanReadDirectory(v))
            return false;
        if (v.IsCoordinator)
            return municipalities.Any(v.Municipalities.Contains);
        return id == v.ProfessionalId || (isActive && isListed && municipalities.Any(v.Municipalities.Contains));
    }

    /// <summary>Trust relationships: visible to the two people in them and to coordinators; never to system clients.</summary>
    public IQueryable<TrustRelationship> VisibleTrust(IQueryable<TrustRelationship> query)
    {
        var v = Viewer;
        if (v.IsAdmin)
            return query;
        if (v.IsCoordinator)
        {
            var codes = v.Municipalities.ToList();
            return query.Where(t => codes.Contains(t.MunicipalityCode));
        }
        if (v.IsProfessional)
        {
            var self = v.ProfessionalId!.Value;
            return query.Where(t => t.ProposerId == self || t.RecipientId == self);
        }
        return query.Where(_ => false);
    }

    /// <summary>Covenants of any of the viewer's readable municipalities.</summary>
    public IQueryable<Covenant> VisibleCovenants(IQueryable<Covenant> query)
    {
        var codes = ReadableMunicipalities;
        return codes is null ? query : query.Where(c => c.Municipalities.Any(m => codes.Contains(m.MunicipalityCode)));
    }

    /// <summary><see cref="VisibleCovenants"/> for a covenant already in memory.</summary>
    public bool CanSeeCovenant(IEnumerable<string> municipalities) =>
        ReadableMunicipalities is not { } codes || municipalities.Any(codes.Contains);

    /// <summary>Municipality-scoped objects (workshops, routes, covenants, reports) the viewer may read.</summary>
    public bool CanReadMunicipality(string code) =>
        Viewer.IsAdmin || (CanReadDirectory(Viewer) && Viewer.Municipalities.Contains(code));

    public IReadOnlyCollection<string>? ReadableMunicipalities =>
        Viewer.IsAdmin ? null
        : CanReadDirectory(Viewer) ? Viewer.Municipalities.ToList()
        : [];

    private static bool CanReadDirectory(Viewer v) =>
        v.Role is ViewerRole.Coordinator or ViewerRole.Professional
        || (v.IsSystem && v.HasScope(NetworkClaims.ScopeDirectoryRead));

    // ---- changing ----------------------------------------------------------------------------

    /// <summary>Catalogue entries are data an admin edits.</summary>
    public bool CanEditCatalogues => Viewer.IsAdmin;

    public void EnsureCanEditCatalogues()
    {
        if (!CanEditCatalogues)
            throw new ForbiddenException("Only administrators edit the catalogues.");
    }

    /// <summary>Coordinators write within their own municipalities; admins everywhere.</summary>
    public bool CanMaintain(string municipalityCode) => Viewer.IsAdmin || Viewer.CoordinatesIn(municipalityCode);

    /// <summary>
    /// Whether the viewer maintains every one of <paramref name="municipalityCodes"/>: what changing an object that
    /// binds several municipalities (a covenant) takes.
    /// </summary>
    public bool CanMaintainAll(IEnumerable<string> municipalityCodes) => municipalityCodes.All(CanMaintain);

    public bool CanMaintainAny(IEnumerable<string> municipalityCodes) =>
        Viewer.IsAdmin || Viewer.CoordinatesAny(municipalityCodes);

    /// <summary>
    /// A coordinator may only add or remove their own municipalities from an object's served set; the
    /// others' stay as they were. Returns the field error, if any.
    /// </summary>
    public string? MunicipalityChangeProblem(IReadOnlyCollection<string> before, IReadOnlyCollection<string> after)
    {
        if (Viewer.IsAdmin)
            return null;
        var changed = before.Except(after).Concat(after.Except(before));
        return changed.All(Viewer.Municipalities.Contains)
            ? null
            : "you can only add or remove municipalities you coordinate";
    }

    public void EnsureCanMaintainAny(IEnumerable<string> municipalityCodes)
    {
        if (!CanMaintainAny(municipalityCodes))
            throw new ForbiddenException("Only coordinators of this municipality and administrators change this.");
    }

    // ---- contact points -----------------------------------------------------------------------

    /// <summary>Decides, per contact point, whether the viewer sees it and why.</summary>
    public async Task<VisibilityDecision> DecideAsync(Professional owner, VisibilityLevel level, CancellationToken ct)
    {
        var relation = await RelationToAsync(owner.Id, owner.Municipalities.Select(m => m.MunicipalityCode), ct);
        return ContactPointRules.Decide(level, relation);
    }

    public async Task<ViewerRelation> RelationToAsync(
        Guid ownerId,
        IEnumerable<string> ownerMunicipalities,
        CancellationToken ct
    )
    {
        var trust = Viewer.IsProfessional ? (await TrustedByViewerAsync(ct)).GetValueOrDefault(ownerId) : null;
        return RelationTo(
            ownerId,
            ownerMunicipalities as IReadOnlyCollection<string> ?? ownerMunicipalities.ToList(),
            trust
        );
    }

    /// <summary>
    /// The same relation when the caller already knows the viewer's confirmed, unexpired trust with the owner
    /// (the lookup reads it from the trust graph snapshot instead of querying per request).
    /// </summary>
    public ViewerRelation RelationTo(Guid ownerId, IReadOnlyCollection<string> codes, TrustProvenance? trust)
    {
        var v = Viewer;
        var kind = v.Role switch
        {
            ViewerRole.Admin => ViewerKind.Admin,
            ViewerRole.Coordinator => ViewerKind.Coordinator,
            ViewerRole.System => ViewerKind.System,
            _ => ViewerKind.Professional,
        };
        return new ViewerRelation(
            kind,
            IsOwner: v.IsProfessional && v.ProfessionalId == ownerId,
            SharesNetwork: v.Role is ViewerRole.Professional && codes.Any(v.Municipalities.Contains),
            CoordinatesOwner: v.CoordinatesAny(codes),
            Trust: v.IsProfessional ? trust : null
        );
    }

    /// <summary>The viewer's confirmed, unexpired trust, keyed by the other person; loaded once per request.</summary>
    public async Task<IReadOnlyDictionary<Guid, TrustProvenance>> TrustedByViewerAsync(CancellationToken ct)
    {
        if (_trust is not null)
            return _trust;
        var self = Viewer.ProfessionalId;
        if (!Viewer.IsProfessional || self is null)
            return _trust = [];

        var now = clock.GetUtcNow();
        var rows = await (
            from t in db.TrustRelationships.AsNoTracking()
            where
                (t.ProposerId == self || t.RecipientId == self)
                && t.Status == TrustStatus.Confirmed
                && t.ExpiresAt > now
            join p in db.Professionals on (t.ProposerId == self ? t.RecipientId : t.ProposerId) equals p.Id
            join w in db.Workshops on t.WorkshopId equals w.Id into ws
            from w in ws.DefaultIfEmpty()
            select new
            {
                Trust = t,
                p.GivenName,
                p.FamilyName,
                WorkshopTitle = w == null ? null : w.Title,
                WorkshopDate = w == null ? (DateOnly?)null : w.Date,
            }
        ).ToListAsync(ct);

        _trust = rows.GroupBy(r => r.Trust.Other(self.Value))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var r = g.OrderByDescending(x => x.Trust.LastConfirmedAt).First();
                    return new TrustProvenance(
                        $"{r.GivenName} {r.FamilyName}",
                        DateOnly.FromDateTime(r.Trust.LastConfirmedAt!.Value.UtcDateTime),
                        r.WorkshopTitle,
                        r.WorkshopDate
                    );
                }
            );
        return _trust;
    }

    /// <summary>Forget cached trust after a change in this request, so the next decision sees it at once.</summary>
    public void TrustChanged() => _trust = null;
}
