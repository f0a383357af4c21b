using System.Collections.Immutable;
using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// What the lookup reads, held in memory as an immutable snapshot so a lookup touches no database:
/// listed, active professionals with their contact points and current organisations, candidate lists per
/// (municipality, expertise tag) in directory order, routes, covenants, catalogues, workshops.
/// <para>
/// Built whole by <see cref="LookupDirectoryLoader"/> and then moved forward by <see cref="LookupDirectoryUpdater"/>,
/// which derives the next directory from this one for the entities the change log names. What grows with the network
/// (people, the per-person and per-organisation maps) is held in structures an update copies only in part
/// (<see cref="PersonTable"/>, <see cref="PersonSlots"/>, immutable dictionaries where a lookup reads them once); what stays small (routes, covenants, workshops, catalogues,
/// municipality names) is re-read whole when one of its entries changes. A directory is never changed once published.
/// </para>
/// </summary>
internal sealed record LookupDirectory
{
    public required PersonTable People { get; init; }
    public required PersonSlots PersonIndex { get; init; }

    /// <summary>Current organisations of every professional (listed or not), for the asker's side of covenants and officers.</summary>
    public required ImmutableDictionary<Guid, Guid[]> OrganisationsOf { get; init; }
    public required ImmutableDictionary<Guid, Guid[]> DesignatedOfficers { get; init; }

    /// <summary>Read per contact, so a plain dictionary; an update that changes organisations copies it (thousands, not 100k).</summary>
    public required Dictionary<Guid, DirectoryOrganisation> Organisations { get; init; }
    public required Dictionary<(string Municipality, string Concern), RouteStep[]> Routes { get; init; }
    public required Dictionary<Guid, DirectoryCovenant[]> CovenantsByOrganisation { get; init; }
    public required Dictionary<Guid, (string Title, DateOnly Date)> Workshops { get; init; }
    public required Dictionary<string, Profession> Professions { get; init; }
    public required Dictionary<string, ConcernType> ConcernTypes { get; init; }
    public required HashSet<string> Domains { get; init; }
    public required Dictionary<string, string> MunicipalityNames { get; init; }

    /// <summary>
    /// Candidates per (municipality, tag), in directory order: the ranking keys are kept inline so ranking a
    /// municipality's candidates reads one array, not a hundred scattered objects.
    /// </summary>
    public required ImmutableDictionary<(string Municipality, string Tag), CandidateEntry[]> Candidates { get; init; }

    /// <summary>Bit per domain (the first 64 of the catalogue) for <see cref="CandidateEntry.Domains"/>.</summary>
    public required Dictionary<string, ulong> DomainBits { get; init; }

    public DirectoryPerson? Person(Guid id) => PersonIndex.TryGetValue(id, out var i) ? People[i] : null;

    /// <summary>Where in the change log this directory is: what it includes and what it still watches for.</summary>
    public required ChangeLogPosition Position { get; init; }

    /// <summary>The workshops' (count, sum of versions) when read: workshops are not in the change log.</summary>
    public required (int Count, long Versions) WorkshopStamp { get; init; }

    /// <summary>Identity of this directory, for deriving per-slot data from the previous one (the graph node map); an update sets a new one.</summary>
    public long Generation { get; init; } = NextGeneration();

    /// <summary>The directory this one was updated from (its <see cref="Generation"/>), or 0 after a full build.</summary>
    public long DerivedFrom { get; init; }

    /// <summary>Slots whose person changed relative to <see cref="DerivedFrom"/>.</summary>
    public int[] ChangedSlots { get; init; } = [];

    private static long _generations;

    public static long NextGeneration() => Interlocked.Increment(ref _generations);
}

internal sealed record DirectoryPerson(
    Guid Id,
    string Name,
    string ProfessionId,
    bool OffersAnonymousConsultation,
    string[] Tags,
    string[] Domains,
    string[] Municipalities,
    DateOnly LastVerifiedOn,
    DirectoryContactPoint[] ContactPoints,
    Guid[] Organisations
);

/// <param name="Domains">The person's domains as bits of <see cref="LookupDirectory.DomainBits"/>.</param>
internal readonly record struct CandidateEntry(int Person, DateOnly LastVerifiedOn, string Name, ulong Domains);

internal sealed record DirectoryContactPoint(Guid Id, ContactChannel Channel, string Value, VisibilityLevel Visibility);

/// <param name="Municipalities">Served municipalities: with <paramref name="IsActive"/>, what decides who may see it.</param>
internal sealed record DirectoryOrganisation(
    Guid Id,
    string Name,
    string Kind,
    bool IsActive,
    string[] Municipalities,
    DirectoryOrganisationContact[] ContactPoints
);

internal sealed record DirectoryOrganisationContact(ContactChannel Channel, string Value, string? Label);

internal sealed record DirectoryCovenant(
    Guid Id,
    string Title,
    string Purpose,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    HashSet<Guid> Signatories,
    string[] Municipalities
)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || ValidUntil >= day);
}
