using System.Collections.Immutable;
using Network.Application.Changes;
using Network.Application.Persistence;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Moves a directory forward along the change log: reads the entries after its position, re-reads only the entities
/// they name (the <see cref="ChangeRecorder"/> writes the roots a change affects, e.g. a renamed organisation's members
/// too), and derives the next directory from the previous one. Work follows the change, not the network: a changed
/// person costs their rows, the candidate lists of their (municipality, tag) pairs (copied, the others shared), one
/// chunk of the <see cref="PersonTable"/> and a few immutable-dictionary nodes. Routes, covenants, workshops and the
/// catalogues are small and re-read whole when one of their entries changes.
/// </summary>
internal static class LookupDirectoryUpdater
{
    /// <summary>More log entries than this at once (a bulk import): a full rebuild is simpler and not much slower.</summary>
    public const int MaxEntries = 20_000;

    private const int IdsPerQuery = 1000;

    /// <param name="Professionals">The professionals the entries named (for the trust graph's catch-up).</param>
    public sealed record Result(LookupDirectory Directory, int Entries, int People, List<Guid> Professionals);

    /// <summary>The next directory (the same one when nothing changed), or null when only a full rebuild will do.</summary>
    public static async Task<Result?> ApplyAsync(
        NetworkDbContext db,
        LookupDirectory previous,
        DateOnly today,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var (rows, position) = await previous.Position.ReadAsync(db, MaxEntries, clock, ct);
        if (rows is null)
            return null;
        var stamp = await LookupDirectoryLoader.WorkshopStampAsync(db, ct);
        if (rows.Count == 0 && stamp == previous.WorkshopStamp)
            return new Result(
                ReferenceEquals(position, previous.Position) ? previous : previous with { Position = position },
                0,
                0,
                []
            );

        var roots = rows.Select(r => (r.Type, r.Id)).ToHashSet();
        bool Any(ChangeEntityType type) => roots.Any(r => r.Type == type);
        List<Guid> Ids(ChangeEntityType type) => [.. roots.Where(r => r.Type == type).Select(r => Guid.Parse(r.Id))];

        var next = previous with { Position = position, WorkshopStamp = stamp };
        if (
            Any(ChangeEntityType.Domain)
            || Any(ChangeEntityType.Profession)
            || Any(ChangeEntityType.ConcernType)
            || Any(ChangeEntityType.Municipality)
        )
        {
            var catalogue = await LookupDirectoryLoader.CatalogueAsync(db, ct);
            // Candidate entries carry domain bits: if the bits moved, every entry would change.
            if (!catalogue.DomainBits.OrderBy(b => b.Key).SequenceEqual(previous.DomainBits.OrderBy(b => b.Key)))
                return null;
            next = next with
            {
                Professions = catalogue.Professions,
                ConcernTypes = catalogue.ConcernTypes,
                Domains = catalogue.Domains,
                MunicipalityNames = catalogue.MunicipalityNames,
            };
        }
        if (Any(ChangeEntityType.Route))
            next = next with { Routes = await LookupDirectoryLoader.RoutesAsync(db, ct) };
        if (Any(ChangeEntityType.Covenant))
            next = next with { CovenantsByOrganisation = await LookupDirectoryLoader.CovenantsAsync(db, ct) };
        if (stamp != previous.WorkshopStamp)
            next = next with { Workshops = await LookupDirectoryLoader.WorkshopsAsync(db, ct) };
        if (Ids(ChangeEntityType.Organisation) is { Count: > 0 } organisations)
            next = await OrganisationsAsync(db, next, organisations, ct);
        var people = 0;
        var professionals = Ids(ChangeEntityType.Professional);
        if (professionals.Count > 0)
            (next, people) = await PeopleAsync(db, next, professionals, today, ct);
        return new Result(next, rows.Count, people, professionals);
    }

    private static async Task<LookupDirectory> OrganisationsAsync(
        NetworkDbContext db,
        LookupDirectory directory,
        List<Guid> ids,
        CancellationToken ct
    )
    {
        var read = new Dictionary<Guid, DirectoryOrganisation>();
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        foreach (var o in await LookupDirectoryLoader.OrganisationsAsync(db, chunk, ct))
            read[o.Id] = o;
        // Copied whole: lookups read it per contact, and there are thousands of organisations, not 100k.
        var organisations = new Dictionary<Guid, DirectoryOrganisation>(directory.Organisations);
        foreach (var id in ids)
            if (read.TryGetValue(id, out var o))
                organisations[id] = o;
            else
                organisations.Remove(id);
        return directory with { Organisations = organisations };
    }

    private static async Task<(LookupDirectory, int)> PeopleAsync(
        NetworkDbContext db,
        LookupDirectory directory,
        List<Guid> ids,
        DateOnly today,
        CancellationToken ct
    )
    {
        var listed = new Dictionary<Guid, DirectoryPerson>();
        var organisationsRead = new Dictionary<Guid, Guid[]>();
        var officersRead = new List<(Guid Organisation, Guid Person)>();
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        {
            var rows = await LookupDirectoryLoader.PeopleAsync(db, today, chunk, ct);
            foreach (var p in rows.Listed)
                listed[p.Id] = p;
            foreach (var (id, organisations) in rows.OrganisationsOf)
                organisationsRead[id] = organisations;
            officersRead.AddRange(rows.Officers);
        }

        var slots = new Dictionary<int, DirectoryPerson?>();
        var newIds = new Dictionary<Guid, int>();
        var listedCount = directory.PersonIndex.Count;
        var organisationsOf = directory.OrganisationsOf.ToBuilder();
        var unlinked = new Dictionary<(string, string), HashSet<int>>();
        var linked = new Dictionary<(string, string), List<CandidateEntry>>();
        var affectedOrganisations = new HashSet<Guid>();
        var nextSlot = directory.People.Length;
        foreach (var id in ids)
        {
            // Organisations of everyone, listed or not (the asker's side of covenants and officers).
            var before = directory.OrganisationsOf.GetValueOrDefault(id) ?? [];
            var after = organisationsRead.GetValueOrDefault(id) ?? [];
            if (!before.SequenceEqual(after))
            {
                if (after.Length == 0)
                    organisationsOf.Remove(id);
                else
                    organisationsOf[id] = after;
            }
            // Officer roles are current memberships, so any organisation they could change is in before or after.
            affectedOrganisations.UnionWith(before);
            affectedOrganisations.UnionWith(after);

            var had = directory.PersonIndex.KnownSlot(id, out var slot);
            var old = had ? directory.People.At(slot) : null;
            listed.TryGetValue(id, out var person);
            if ((old is null && person is null) || (old is not null && person is not null && Same(old, person)))
                continue; // e.g. a trust change names both people, but nothing the directory holds of them changed
            if (old is not null)
                foreach (var key in Keys(old))
                    (unlinked.TryGetValue(key, out var set) ? set : unlinked[key] = []).Add(slot);
            if (person is null)
            {
                slots[slot] = null; // the slot stays this person's, empty (see PersonSlots)
                listedCount--;
                continue;
            }
            if (!had)
                newIds[id] = slot = nextSlot++; // never seen before: slots are not reused before a full rebuild
            if (old is null)
                listedCount++;
            slots[slot] = person;
            var entry = new CandidateEntry(
                slot,
                person.LastVerifiedOn,
                person.Name,
                LookupDirectoryLoader.DomainMask(person, directory.DomainBits)
            );
            foreach (var key in Keys(person))
                (linked.TryGetValue(key, out var list) ? list : linked[key] = []).Add(entry);
        }

        var candidates = directory.Candidates.ToBuilder();
        foreach (var key in unlinked.Keys.Union(linked.Keys))
        {
            var current = directory.Candidates.GetValueOrDefault(key) ?? [];
            var drop = unlinked.GetValueOrDefault(key);
            var add = linked.GetValueOrDefault(key);
            var list = new List<CandidateEntry>(current.Length + (add?.Count ?? 0));
            foreach (var c in current)
                if (drop is null || !drop.Contains(c.Person))
                    list.Add(c);
            if (add is not null)
            {
                list.AddRange(add);
                list.Sort((a, b) => a.Person.CompareTo(b.Person)); // directory order, as a full build has it
            }
            if (list.Count == 0)
                candidates.Remove(key);
            else
                candidates[key] = [.. list];
        }

        var changed = ids.ToHashSet();
        var officers = directory.DesignatedOfficers.ToBuilder();
        foreach (var organisation in affectedOrganisations)
        {
            var people = LookupDirectoryLoader.Officers(
                (directory.DesignatedOfficers.GetValueOrDefault(organisation) ?? [])
                    .Where(p => !changed.Contains(p))
                    .Concat(officersRead.Where(o => o.Organisation == organisation).Select(o => o.Person))
            );
            if (people.Length == 0)
                officers.Remove(organisation);
            else
                officers[organisation] = people;
        }

        if (slots.Count == 0)
            return (
                directory with
                {
                    OrganisationsOf = organisationsOf.ToImmutable(),
                    DesignatedOfficers = officers.ToImmutable(),
                },
                0
            );
        var table = directory.People.With(slots);
        return (
            directory with
            {
                // Same people, same generation; otherwise a new one that says what changed since which.
                Generation = LookupDirectory.NextGeneration(),
                DerivedFrom = directory.Generation,
                People = table,
                PersonIndex = directory.PersonIndex.With(newIds, table, listedCount),
                OrganisationsOf = organisationsOf.ToImmutable(),
                DesignatedOfficers = officers.ToImmutable(),
                Candidates = candidates.ToImmutable(),
                ChangedSlots = [.. slots.Keys],
            },
            slots.Count
        );
    }

    /// <summary>The (municipality, tag) lists a person is in, one per pair as the full build adds them.</summary>
    private static IEnumerable<(string, string)> Keys(DirectoryPerson p) =>
        from m in p.Municipalities
        from t in p.Tags
        select (m, t);

    private static bool Same(DirectoryPerson a, DirectoryPerson b) =>
        a.Name == b.Name
        && a.ProfessionId == b.ProfessionId
        && a.OffersAnonymousConsultation == b.OffersAnonymousConsultation
        && a.LastVerifiedOn == b.LastVerifiedOn
        && a.Tags.SequenceEqual(b.Tags)
        && a.Domains.SequenceEqual(b.Domains)
        && a.Municipalities.SequenceEqual(b.Municipalities)
        && a.ContactPoints.SequenceEqual(b.ContactPoints)
        && a.Organisations.SequenceEqual(b.Organisations);
}
