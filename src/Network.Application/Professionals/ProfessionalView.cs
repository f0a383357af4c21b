using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>
/// Turns professionals into what the viewer may see: contact points decided one by one by the visibility
/// rules, memberships only of organisations the viewer can see, optional fields only with consent.
/// Restricted reads (above <c>network</c>) are audited. Every door that shows a professional goes through here.
/// </summary>
public sealed class ProfessionalView(NetworkDbContext db, AccessPolicy access, AuditLog audit)
{
    public static IQueryable<Professional> WithDetails(IQueryable<Professional> query) =>
        query
            .Include(p => p.Memberships)
            .Include(p => p.Municipalities)
            .Include(p => p.Domains)
            .Include(p => p.ContactPoints)
            .AsSplitQuery();

    public async Task<IReadOnlyList<ProfessionalDto>> ToDtosAsync(
        IReadOnlyList<Professional> professionals,
        CancellationToken ct
    )
    {
        var organisationIds = professionals
            .SelectMany(p => p.Memberships)
            .Select(m => m.OrganisationId)
            .Distinct()
            .ToList();
        var organisations =
            organisationIds.Count == 0
                ? new Dictionary<Guid, string>()
                : await access
                    .VisibleOrganisations(db.Organisations.AsNoTracking())
                    .Where(o => organisationIds.Contains(o.Id))
                    .ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var result = new List<ProfessionalDto>(professionals.Count);
        var audited = false;
        foreach (var p in professionals)
        {
            var relation = await access.RelationToAsync(
                p.Id,
                p.Municipalities.Select(m => m.MunicipalityCode).ToList(),
                ct
            );
            var contactPoints = new List<ContactPointDto>();
            foreach (var cp in p.ContactPoints.OrderBy(c => c.Channel).ThenBy(c => c.Id))
            {
                var decision = Domain.Visibility.ContactPointRules.Decide(cp.Visibility, relation);
                if (!decision.Visible)
                    continue;
                contactPoints.Add(new ContactPointDto(cp.Id, cp.Channel, cp.Value, cp.Visibility));
                if (cp.Visibility > VisibilityLevel.Network && !relation.IsOwner)
                {
                    audit.RestrictedRead(
                        "contact-point",
                        cp.Id,
                        p.Id,
                        p.Municipalities.FirstOrDefault()?.MunicipalityCode,
                        decision.Rule
                    );
                    audited = true;
                }
            }
            var showOptional = p.OptionalFieldsConsent || relation.IsOwner;
            // Named arguments: a record of 19 fields is not kept in order by hand.
            result.Add(
                new ProfessionalDto(
                    Id: p.Id,
                    GivenName: p.GivenName,
                    FamilyName: p.FamilyName,
                    DisplayName: p.DisplayName,
                    ProfessionId: p.ProfessionId,
                    IsActive: p.IsActive,
                    ListingStatus: p.ListingStatus,
                    OffersAnonymousConsultation: p.OffersAnonymousConsultation,
                    ExpertiseTags: p.ExpertiseTags.Order().ToList(),
                    Languages: showOptional ? p.Languages.Order().ToList() : null,
                    About: showOptional ? p.About : null,
                    OptionalFieldsConsent: p.OptionalFieldsConsent,
                    LastVerifiedOn: p.LastVerifiedOn,
                    Memberships: p.Memberships.Where(m => organisations.ContainsKey(m.OrganisationId))
                        .OrderBy(m => m.StartDate)
                        .Select(m => new MembershipDto(
                            m.Id,
                            m.OrganisationId,
                            organisations[m.OrganisationId],
                            m.RoleTitle,
                            m.StartDate,
                            m.EndDate,
                            m.IsDesignatedOfficer
                        ))
                        .ToList(),
                    Municipalities: p.Municipalities.Select(m => m.MunicipalityCode).Order().ToList(),
                    Domains: p.Domains.Select(d => d.DomainId).Order().ToList(),
                    ContactPoints: contactPoints,
                    Version: p.Version,
                    UpdatedAt: p.UpdatedAt
                )
            );
        }
        if (audited)
            await db.SaveChangesAsync(ct);
        return result;
    }

    public async Task<ProfessionalDto> ToDtoAsync(Professional p, CancellationToken ct) =>
        (await ToDtosAsync([p], ct))[0];

    /// <summary>What of <paramref name="p"/> the viewer is shown, decided as <see cref="ToDtosAsync"/> decides it.</summary>
    public async Task<SeenParts> SeenPartsAsync(Professional p, CancellationToken ct)
    {
        var relation = await access.RelationToAsync(
            p.Id,
            p.Municipalities.Select(m => m.MunicipalityCode).ToList(),
            ct
        );
        var organisationIds = p.Memberships.Select(m => m.OrganisationId).Distinct().ToList();
        var organisations = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => organisationIds.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync(ct);
        return new SeenParts(
            p.ContactPoints.Where(c => Domain.Visibility.ContactPointRules.Decide(c.Visibility, relation).Visible)
                .Select(c => c.Id)
                .ToHashSet(),
            organisations.ToHashSet(),
            OptionalFields: p.OptionalFieldsConsent || relation.IsOwner
        );
    }

    public async Task<VisibilityExplanation> ExplainAsync(Professional p, CancellationToken ct)
    {
        var relation = await access.RelationToAsync(
            p.Id,
            p.Municipalities.Select(m => m.MunicipalityCode).ToList(),
            ct
        );
        var items = p
            .ContactPoints.OrderBy(c => c.Channel)
            .ThenBy(c => c.Id)
            .Select(cp =>
            {
                var d = Domain.Visibility.ContactPointRules.Decide(cp.Visibility, relation);
                return new ContactPointExplanation(cp.Id, cp.Channel, cp.Visibility, d.Visible, d.Rule, d.Explanation);
            })
            .ToList();
        return new VisibilityExplanation(p.Id, access.Viewer.Role.ToString().ToLowerInvariant(), items);
    }
}
