using Network.Application.Access;
using Network.Application.ContactLookup.Index;
using Network.Domain.ContactLookup;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;
using Network.Domain.Visibility;

namespace Network.Application.ContactLookup;

/// <summary>
/// Turns directory entries into answer records for one asker. Contact points pass through the shared visibility
/// rules (<see cref="AccessPolicy.RelationTo"/> + <see cref="ContactPointRules"/>) exactly as everywhere else; the
/// restricted ones shown are remembered so the service can audit them. People, organisations and covenants pass
/// through <see cref="AccessPolicy"/>'s in-memory rules: the answer names nothing the asker could not open on its own.
/// </summary>
internal sealed class LookupComposer(
    LookupDirectory directory,
    AccessPolicy access,
    TrustReach reach,
    Guid? askerId,
    Guid[] askerOrganisations,
    DateOnly today
)
{
    public List<RestrictedReadAudit.Read> RestrictedReads { get; } = [];

    public async ValueTask<LookupContact> ContactAsync(
        int rank,
        int personIndex,
        string[] concernTags,
        CancellationToken ct
    )
    {
        var person = directory.People[personIndex];
        var hops = await reach.PathAsync(personIndex, ct);
        var trustHops = hops.Select((h, i) => Hop(h, i == hops.Count - 1)).ToList();
        var matched = person.Tags.Where(concernTags.Contains).ToList();
        var path = trustHops.Select(h => new TrustHop(h.Name, h.ConfirmedOn, h.WorkshopTitle, h.WorkshopDate)).ToList();
        var profession = directory.Professions.GetValueOrDefault(person.ProfessionId);
        return new LookupContact(
            rank,
            person.Id,
            person.Name,
            new LookupProfession(
                person.ProfessionId,
                profession?.Name ?? person.ProfessionId,
                profession?.Regime ?? Domain.Catalogues.ConfidentialityRegime.GeneralDataProtection,
                profession?.LegalSource ?? "unknown"
            ),
            person.OffersAnonymousConsultation,
            [.. person.Organisations.Select(Organisation).OfType<LookupOrganisation>()],
            ContactPoints(person, hops),
            SharedCovenants(person),
            hops.Count == 0 ? null : hops.Count,
            trustHops,
            matched,
            LookupReason.Describe(path, matched, person.LastVerifiedOn),
            person.LastVerifiedOn,
            LookupReason.StaleWarning(person.LastVerifiedOn, today)
        );
    }

    public async ValueTask<LookupPerson?> PersonAsync(Guid id, CancellationToken ct)
    {
        if (!directory.PersonIndex.TryGetValue(id, out var index))
            return null; // inactive or not listed: not shown
        var person = directory.People[index];
        if (!access.CanSeeProfessional(person.Id, isActive: true, isListed: true, person.Municipalities))
            return null;
        var hops = reach.Distance(index) == 1 ? await reach.PathAsync(index, ct) : [];
        return new LookupPerson(
            person.Id,
            person.Name,
            directory.Professions.GetValueOrDefault(person.ProfessionId)?.Name ?? person.ProfessionId,
            ContactPoints(person, hops)
        );
    }

    public LookupOrganisation? Organisation(Guid id) =>
        directory.Organisations.TryGetValue(id, out var o)
        && o.IsActive
        && access.CanSeeOrganisation(o.IsActive, o.Municipalities)
            ? new LookupOrganisation(
                o.Id,
                o.Name,
                o.Kind,
                [.. o.ContactPoints.Select(c => new LookupOrganisationContactPoint(c.Channel, c.Value, c.Label))]
            )
            : null;

    public async ValueTask<List<LookupRouteStep>> RouteAsync(
        RouteStep[] steps,
        MethodStep? methodStep,
        CancellationToken ct
    )
    {
        var result = new List<LookupRouteStep>();
        foreach (var s in steps)
        {
            if (methodStep is { } m && s.MethodStep != m)
                continue;
            var people = new List<LookupPerson>();
            LookupOrganisation? organisation = null;
            switch (s.Kind)
            {
                case RouteStepKind.OwnDesignatedOfficer:
                    foreach (
                        var officer in askerOrganisations
                            .SelectMany(o => directory.DesignatedOfficers.GetValueOrDefault(o) ?? [])
                            .Distinct()
                    )
                        if (officer != askerId && await PersonAsync(officer, ct) is { } p)
                            people.Add(p);
                    if (people.Count == 0)
                        continue; // the asker's organisations have no designated officer: skip the rung
                    break;
                case RouteStepKind.Professional:
                    if (s.ProfessionalId is not { } pid || await PersonAsync(pid, ct) is not { } person)
                        continue;
                    people.Add(person);
                    break;
                case RouteStepKind.Organisation:
                    if (s.OrganisationId is not { } oid || (organisation = Organisation(oid)) is null)
                        continue;
                    break;
            }
            result.Add(
                new LookupRouteStep(
                    result.Count + 1,
                    s.Kind,
                    s.MethodStep,
                    s.OffersAnonymousConsultation,
                    s.Note,
                    people,
                    organisation,
                    s.LineName,
                    s.LinePhone
                )
            );
        }
        return result;
    }

    private LookupTrustHop Hop(ReachHop h, bool isTarget)
    {
        var workshop =
            h.WorkshopId is { } w && directory.Workshops.TryGetValue(w, out var ws)
                ? ws
                : ((string Title, DateOnly Date)?)null;
        return new LookupTrustHop(NameOnPath(h.Person, isTarget), h.ConfirmedOn, workshop?.Title, workshop?.Date);
    }

    /// <summary>
    /// People on the path are named when the asker may see them (same municipality network) or trusts them
    /// directly; someone further away in another network stays anonymous.
    /// </summary>
    private string NameOnPath(Guid id, bool isTarget)
    {
        var person = directory.Person(id);
        if (person is null)
            return "a colleague no longer listed";
        if (
            isTarget
            || reach.Distance(directory.PersonIndex[id]) == 1
            || person.Municipalities.Any(access.Viewer.Municipalities.Contains)
        )
            return person.Name;
        return "a colleague in another municipality's network";
    }

    private List<LookupContactPoint> ContactPoints(DirectoryPerson person, IReadOnlyList<ReachHop> hops)
    {
        TrustProvenance? trust = null;
        if (hops.Count == 1)
        {
            var workshop =
                hops[0].WorkshopId is { } w && directory.Workshops.TryGetValue(w, out var ws)
                    ? ws
                    : ((string Title, DateOnly Date)?)null;
            trust = new TrustProvenance(person.Name, hops[0].ConfirmedOn, workshop?.Title, workshop?.Date);
        }
        var relation = access.RelationTo(person.Id, person.Municipalities, trust);
        var visible = new List<LookupContactPoint>(person.ContactPoints.Length);
        foreach (var cp in person.ContactPoints)
        {
            var decision = ContactPointRules.Decide(cp.Visibility, relation);
            if (!decision.Visible)
                continue;
            visible.Add(new LookupContactPoint(cp.Channel, cp.Value, cp.Visibility, decision.Explanation));
            if (cp.Visibility >= VisibilityLevel.Trusted && !relation.IsOwner)
                RestrictedReads.Add(new(cp.Id, person.Id, decision.Rule));
        }
        return visible;
    }

    private List<LookupCovenant> SharedCovenants(DirectoryPerson person)
    {
        var shared = new List<LookupCovenant>();
        if (askerOrganisations.Length == 0)
            return shared;
        foreach (var org in person.Organisations)
        foreach (var c in directory.CovenantsByOrganisation.GetValueOrDefault(org) ?? [])
            if (
                c.IsValidOn(today)
                && askerOrganisations.Any(c.Signatories.Contains)
                && shared.All(s => s.Id != c.Id)
                && access.CanSeeCovenant(c.Municipalities)
            )
                shared.Add(new LookupCovenant(c.Id, c.Title, c.Purpose, c.ValidFrom, c.ValidUntil));
        return shared;
    }
}
