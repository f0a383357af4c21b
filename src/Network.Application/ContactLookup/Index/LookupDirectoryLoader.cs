using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Catalogues;
using Network.Domain.EscalationRoutes;
using Network.Domain.Professionals;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Reads the directory snapshot with flat, untracked projections (one query per table, grouped in memory). Each part
/// reads either everything or the rows of some ids, so a full build and an update (<see cref="LookupDirectoryUpdater"/>)
/// shape entries the same way; lists inside an entry are put in a fixed order so both give the same answers.
/// </summary>
internal static class LookupDirectoryLoader
{
    public static async Task<LookupDirectory> LoadAsync(NetworkDbContext db, DateOnly today, CancellationToken ct)
    {
        // The log's end first: a change committed while the tables are read is then applied once more by the next
        // update (harmless: it re-reads current rows); read after, such a change could be missed.
        var position = await ChangeLogPosition.EndAsync(db, ct);
        var workshopStamp = await WorkshopStampAsync(db, ct);
        var catalogue = await CatalogueAsync(db, ct);
        var people = await PeopleAsync(db, today, null, ct);
        var persons = people.Listed.ToArray();
        var personIndex = new Dictionary<Guid, int>(persons.Length);
        for (var i = 0; i < persons.Length; i++)
            personIndex[persons[i].Id] = i;
        var table = PersonTable.From(persons);

        return new LookupDirectory
        {
            People = table,
            PersonIndex = PersonSlots.From(personIndex, table),
            OrganisationsOf = people.OrganisationsOf.ToImmutableDictionary(),
            DesignatedOfficers = people
                .Officers.GroupBy(o => o.Organisation)
                .ToImmutableDictionary(g => g.Key, g => Officers(g.Select(o => o.Person))),
            Organisations = (await OrganisationsAsync(db, null, ct)).ToDictionary(o => o.Id),
            Routes = await RoutesAsync(db, ct),
            CovenantsByOrganisation = await CovenantsAsync(db, ct),
            Workshops = await WorkshopsAsync(db, ct),
            Professions = catalogue.Professions,
            ConcernTypes = catalogue.ConcernTypes,
            Domains = catalogue.Domains,
            DomainBits = catalogue.DomainBits,
            MunicipalityNames = catalogue.MunicipalityNames,
            Candidates = CandidateLists(persons, catalogue.DomainBits),
            Position = position,
            WorkshopStamp = workshopStamp,
        };
    }

    /// <summary>What the people part reads: listed, active people; current organisations and officer roles of everyone read.</summary>
    internal sealed record PeopleRows(
        List<DirectoryPerson> Listed,
        Dictionary<Guid, Guid[]> OrganisationsOf,
        List<(Guid Organisation, Guid Person)> Officers
    );

    /// <summary>The people part, for everyone (<paramref name="only"/> null) or for these professionals.</summary>
    internal static async Task<PeopleRows> PeopleAsync(
        NetworkDbContext db,
        DateOnly today,
        IReadOnlyCollection<Guid>? only,
        CancellationToken ct
    )
    {
        var ids = only?.ToList();
        var professionals = db.Professionals.AsNoTracking();
        var municipalityRows = db.Set<ProfessionalMunicipality>().AsNoTracking();
        var domainRows = db.Set<ProfessionalDomain>().AsNoTracking();
        var contactPoints = db.ContactPoints.AsNoTracking();
        var membershipRows = db.Memberships.AsNoTracking();
        if (ids is not null)
        {
            professionals = professionals.Where(p => ids.Contains(p.Id));
            municipalityRows = municipalityRows.Where(m => ids.Contains(m.ProfessionalId));
            domainRows = domainRows.Where(d => ids.Contains(d.ProfessionalId));
            contactPoints = contactPoints.Where(c => ids.Contains(c.ProfessionalId));
            membershipRows = membershipRows.Where(m => ids.Contains(m.ProfessionalId));
        }
        var people = await professionals
            .Where(p => p.IsActive && p.ListingStatus == ListingStatus.Listed)
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
                p.ProfessionId,
                p.OffersAnonymousConsultation,
                p.ExpertiseTags,
                p.LastVerifiedOn,
            })
            .ToListAsync(ct);
        var municipalities = Grouped(
            await municipalityRows.ToListAsync(ct),
            m => m.ProfessionalId,
            m => m.MunicipalityCode
        );
        var domains = Grouped(await domainRows.ToListAsync(ct), d => d.ProfessionalId, d => d.DomainId);
        var contactRows = await contactPoints.ToListAsync(ct);
        var contacts = contactRows
            .GroupBy(c => c.ProfessionalId)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.OrderBy(c => c.Channel)
                        .ThenBy(c => c.Id)
                        .Select(c => new DirectoryContactPoint(c.Id, c.Channel, c.Value, c.Visibility))
                        .ToArray()
            );
        var memberships = (await membershipRows.ToListAsync(ct)).Where(m => m.IsCurrent(today)).ToList();
        var organisationsOf = memberships
            .GroupBy(m => m.ProfessionalId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.OrganisationId).Distinct().Order().ToArray());

        var persons = people
            .Select(p => new DirectoryPerson(
                p.Id,
                $"{p.GivenName} {p.FamilyName}",
                p.ProfessionId,
                p.OffersAnonymousConsultation,
                [.. p.ExpertiseTags.Select(t => string.Intern(t))],
                domains.GetValueOrDefault(p.Id) ?? [],
                municipalities.GetValueOrDefault(p.Id) ?? [],
                p.LastVerifiedOn,
                contacts.GetValueOrDefault(p.Id) ?? [],
                organisationsOf.GetValueOrDefault(p.Id) ?? []
            ))
            .ToList();
        return new PeopleRows(
            persons,
            organisationsOf,
            [.. memberships.Where(m => m.IsDesignatedOfficer).Select(m => (m.OrganisationId, m.ProfessionalId))]
        );
    }

    /// <summary>Officers of an organisation in a fixed order (the route's rung lists them in this order).</summary>
    internal static Guid[] Officers(IEnumerable<Guid> people) => [.. people.Distinct().Order()];

    internal static async Task<List<DirectoryOrganisation>> OrganisationsAsync(
        NetworkDbContext db,
        IReadOnlyCollection<Guid>? only,
        CancellationToken ct
    )
    {
        var ids = only?.ToList();
        var query = db.Organisations.AsNoTracking();
        if (ids is not null)
            query = query.Where(o => ids.Contains(o.Id));
        var organisations = await query
            .Include(o => o.ContactPoints)
            .Include(o => o.Municipalities)
            .AsSplitQuery()
            .ToListAsync(ct);
        return
        [
            .. organisations.Select(o => new DirectoryOrganisation(
                o.Id,
                o.Name,
                o.Kind,
                o.IsActive,
                [.. o.Municipalities.Select(m => string.Intern(m.MunicipalityCode)).Order(StringComparer.Ordinal)],
                [
                    .. o
                        .ContactPoints.OrderBy(c => c.Id)
                        .Select(c => new DirectoryOrganisationContact(c.Channel, c.Value, c.Label)),
                ]
            )),
        ];
    }

    // Small parts, re-read whole when one of their entries changes: a few hundred rows even nationally.

    internal static async Task<Dictionary<(string Municipality, string Concern), RouteStep[]>> RoutesAsync(
        NetworkDbContext db,
        CancellationToken ct
    ) =>
        (await db.Routes.AsNoTracking().Include(r => r.Steps).ToListAsync(ct)).ToDictionary(
            r => (r.MunicipalityCode, r.ConcernTypeId),
            r => r.Steps.OrderBy(s => s.Order).ToArray()
        );

    internal static async Task<Dictionary<Guid, DirectoryCovenant[]>> CovenantsAsync(
        NetworkDbContext db,
        CancellationToken ct
    )
    {
        var covenants = await db
            .Covenants.AsNoTracking()
            .Include(c => c.Signatories)
            .Include(c => c.Municipalities)
            .AsSplitQuery()
            .ToListAsync(ct);
        return covenants
            .OrderBy(c => c.Id)
            .Select(c => new DirectoryCovenant(
                c.Id,
                c.Title,
                c.Purpose,
                c.ValidFrom,
                c.ValidUntil,
                c.Signatories.Select(s => s.OrganisationId).ToHashSet(),
                [.. c.Municipalities.Select(m => m.MunicipalityCode)]
            ))
            .SelectMany(c => c.Signatories.Select(o => (Org: o, Covenant: c)))
            .GroupBy(x => x.Org)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Covenant).ToArray());
    }

    internal static async Task<Dictionary<Guid, (string Title, DateOnly Date)>> WorkshopsAsync(
        NetworkDbContext db,
        CancellationToken ct
    ) => await db.Workshops.AsNoTracking().ToDictionaryAsync(w => w.Id, w => (w.Title, w.Date), ct);

    /// <summary>
    /// Workshops are not in the change log (they are no mirror entity): their count and the sum of their versions
    /// (every edit raises one) tell an update whether to re-read them, in one query over a small table.
    /// </summary>
    internal static async Task<(int Count, long Versions)> WorkshopStampAsync(NetworkDbContext db, CancellationToken ct)
    {
        var count = await db.Workshops.CountAsync(ct);
        return (count, count == 0 ? 0 : await db.Workshops.SumAsync(w => (long)w.Version, ct));
    }

    internal sealed record Catalogue(
        Dictionary<string, Profession> Professions,
        Dictionary<string, ConcernType> ConcernTypes,
        HashSet<string> Domains,
        Dictionary<string, ulong> DomainBits,
        Dictionary<string, string> MunicipalityNames
    );

    internal static async Task<Catalogue> CatalogueAsync(NetworkDbContext db, CancellationToken ct)
    {
        var domainIds = await db.Domains.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        return new Catalogue(
            await db.Professions.AsNoTracking().ToDictionaryAsync(p => p.Id, ct),
            await db.ConcernTypes.AsNoTracking().ToDictionaryAsync(c => c.Id, ct),
            [.. domainIds],
            domainIds.Take(64).Select((d, i) => (d, Bit: 1UL << i)).ToDictionary(x => x.d, x => x.Bit),
            await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct)
        );
    }

    // Interned: a handful of codes and tags repeated across 100k people. Ordered, so a person's lists do not depend on
    // the order rows come back in.
    private static Dictionary<Guid, string[]> Grouped<T>(List<T> rows, Func<T, Guid> key, Func<T, string> value) =>
        rows.GroupBy(key)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => string.Intern(value(r))).Order(StringComparer.Ordinal).ToArray()
            );

    internal static ulong DomainMask(DirectoryPerson p, Dictionary<string, ulong> domainBits) =>
        p.Domains.Aggregate(0UL, (mask, d) => mask | domainBits.GetValueOrDefault(d));

    private static ImmutableDictionary<(string, string), CandidateEntry[]> CandidateLists(
        DirectoryPerson[] persons,
        Dictionary<string, ulong> domainBits
    )
    {
        var lists = new Dictionary<(string, string), List<CandidateEntry>>();
        for (var i = 0; i < persons.Length; i++)
        {
            var p = persons[i];
            var domains = DomainMask(p, domainBits);
            foreach (var municipality in p.Municipalities)
            foreach (var tag in p.Tags)
            {
                if (!lists.TryGetValue((municipality, tag), out var list))
                    lists[(municipality, tag)] = list = [];
                list.Add(new CandidateEntry(i, p.LastVerifiedOn, p.Name, domains));
            }
        }
        // Kept in directory order: the ranking's order is complete (LookupRanking.Compare), and walking a list front to
        // back reads the per-person arrays front to back too, which at national scale saves a cache miss per candidate.
        return lists.ToImmutableDictionary(l => l.Key, l => l.Value.ToArray());
    }
}
