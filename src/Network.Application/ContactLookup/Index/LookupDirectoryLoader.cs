using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Professionals;

namespace Network.Application.ContactLookup.Index;

/// <summary>Reads the directory snapshot with flat, untracked projections (one query per table, grouped in memory).</summary>
internal static class LookupDirectoryLoader
{
    public static async Task<LookupDirectory> LoadAsync(NetworkDbContext db, DateOnly today, CancellationToken ct)
    {
        var people = await db
            .Professionals.AsNoTracking()
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
            await db.Set<ProfessionalMunicipality>().AsNoTracking().ToListAsync(ct),
            m => m.ProfessionalId,
            m => m.MunicipalityCode
        );
        var domains = Grouped(
            await db.Set<ProfessionalDomain>().AsNoTracking().ToListAsync(ct),
            d => d.ProfessionalId,
            d => d.DomainId
        );
        var contactRows = await db.ContactPoints.AsNoTracking().ToListAsync(ct);
        var contacts = contactRows
            .GroupBy(c => c.ProfessionalId)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.OrderBy(c => c.Channel)
                        .Select(c => new DirectoryContactPoint(c.Id, c.Channel, c.Value, c.Visibility))
                        .ToArray()
            );
        var memberships = (await db.Memberships.AsNoTracking().ToListAsync(ct)).Where(m => m.IsCurrent(today)).ToList();
        var organisationsOf = memberships
            .GroupBy(m => m.ProfessionalId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.OrganisationId).Distinct().ToArray());

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
            .ToArray();
        var domainIds = await db.Domains.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        var domainBits = domainIds.Take(64).Select((d, i) => (d, Bit: 1UL << i)).ToDictionary(x => x.d, x => x.Bit);
        var personIndex = new Dictionary<Guid, int>(persons.Length);
        for (var i = 0; i < persons.Length; i++)
            personIndex[persons[i].Id] = i;

        var organisations = await db
            .Organisations.AsNoTracking()
            .Include(o => o.ContactPoints)
            .Include(o => o.Municipalities)
            .AsSplitQuery()
            .ToListAsync(ct);
        var routes = await db.Routes.AsNoTracking().Include(r => r.Steps).ToListAsync(ct);
        var covenants = await db
            .Covenants.AsNoTracking()
            .Include(c => c.Signatories)
            .Include(c => c.Municipalities)
            .AsSplitQuery()
            .ToListAsync(ct);
        var directoryCovenants = covenants
            .Select(c => new DirectoryCovenant(
                c.Id,
                c.Title,
                c.Purpose,
                c.ValidFrom,
                c.ValidUntil,
                c.Signatories.Select(s => s.OrganisationId).ToHashSet(),
                [.. c.Municipalities.Select(m => m.MunicipalityCode)]
            ))
            .ToList();

        return new LookupDirectory
        {
            People = persons,
            PersonIndex = personIndex,
            OrganisationsOf = organisationsOf,
            DesignatedOfficers = memberships
                .Where(m => m.IsDesignatedOfficer)
                .GroupBy(m => m.OrganisationId)
                .ToDictionary(g => g.Key, g => g.Select(m => m.ProfessionalId).Distinct().ToArray()),
            Organisations = organisations.ToDictionary(
                o => o.Id,
                o => new DirectoryOrganisation(
                    o.Id,
                    o.Name,
                    o.Kind,
                    o.IsActive,
                    [.. o.Municipalities.Select(m => string.Intern(m.MunicipalityCode))],
                    [.. o.ContactPoints.Select(c => new DirectoryOrganisationContact(c.Channel, c.Value, c.Label))]
                )
            ),
            Routes = routes.ToDictionary(
                r => (r.MunicipalityCode, r.ConcernTypeId),
                r => r.Steps.OrderBy(s => s.Order).ToArray()
            ),
            CovenantsByOrganisation = directoryCovenants
                .SelectMany(c => c.Signatories.Select(o => (Org: o, Covenant: c)))
                .GroupBy(x => x.Org)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Covenant).ToArray()),
            Workshops = await db.Workshops.AsNoTracking().ToDictionaryAsync(w => w.Id, w => (w.Title, w.Date), ct),
            Professions = await db.Professions.AsNoTracking().ToDictionaryAsync(p => p.Id, ct),
            ConcernTypes = await db.ConcernTypes.AsNoTracking().ToDictionaryAsync(c => c.Id, ct),
            Domains = [.. domainIds],
            DomainBits = domainBits,
            MunicipalityNames = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct),
            Candidates = CandidateLists(persons, domainBits),
        };
    }

    // Interned: a handful of codes and tags repeated across 100k people.
    private static Dictionary<Guid, string[]> Grouped<T>(List<T> rows, Func<T, Guid> key, Func<T, string> value) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Select(r => string.Intern(value(r))).ToArray());

    private static Dictionary<(string, string), CandidateEntry[]> CandidateLists(
        DirectoryPerson[] persons,
        Dictionary<string, ulong> domainBits
    )
    {
        var lists = new Dictionary<(string, string), List<CandidateEntry>>();
        for (var i = 0; i < persons.Length; i++)
        {
            var p = persons[i];
            var domains = p.Domains.Aggregate(0UL, (mask, d) => mask | domainBits.GetValueOrDefault(d));
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
        return lists.ToDictionary(l => l.Key, l => l.Value.ToArray());
    }
}
