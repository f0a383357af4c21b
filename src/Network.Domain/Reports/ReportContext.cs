namespace Network.Domain.Reports;

/// <summary>Lookups shared by the metrics: who is in the graph, their domains, and the confirmed edges.</summary>
internal sealed class ReportContext
{
    private readonly Dictionary<Guid, ReportPerson> _people;

    /// <param name="alsoPending">
    /// People drawn and counted even though they have not accepted being listed yet: a workshop's participants,
    /// so its report shows the newcomers from its attendance list instead of leaving them out.
    /// </param>
    public ReportContext(NetworkSnapshot snapshot, IReadOnlyCollection<Guid>? alsoPending = null)
    {
        Snapshot = snapshot;
        _people = snapshot.People.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var pending = alsoPending ?? [];
        var members = snapshot
            .People.Where(p => p.IsActive && p.ServesMunicipality && (p.IsListed || pending.Contains(p.Id)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Id)
            .Select(p => p.Id)
            .ToList();
        var memberSet = members.ToHashSet();
        ConfirmedEdges = snapshot
            .Trust.Where(t =>
                t.IsConfirmedAt(snapshot.AsOf) && memberSet.Contains(t.ProposerId) && memberSet.Contains(t.RecipientId)
            )
            .ToList();
        Graph = new TrustGraph(members, ConfirmedEdges.Select(t => (t.ProposerId, t.RecipientId)));
        _domainSizes = members
            .SelectMany(m => _people[m].Domains)
            .GroupBy(d => d)
            .ToDictionary(g => g.Key, g => g.Count());
        _catalogueOrder = snapshot.Domains.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    private readonly Dictionary<string, int> _domainSizes;
    private readonly Dictionary<string, int> _catalogueOrder;

    public NetworkSnapshot Snapshot { get; }
    public TrustGraph Graph { get; }
    public IReadOnlyList<ReportTrust> ConfirmedEdges { get; }

    public ReportPerson Person(Guid id) => _people[id];

    public bool IsActive(Guid id) => _people.TryGetValue(id, out var p) && p.IsActive;

    public IReadOnlyList<string> DomainsOf(Guid id) => _people.TryGetValue(id, out var p) ? p.Domains : [];

    /// <summary>
    /// The domain a person is drawn and listed under: of their domains, the one fewest people in the network share
    /// (the most telling: a GGD doctor in "youth, care" shows as care when youth is everywhere); ties in catalogue order.
    /// </summary>
    public string? PrimaryDomain(Guid id) =>
        _people.TryGetValue(id, out var p)
            ? p
                .Domains.OrderBy(d => _domainSizes.GetValueOrDefault(d, int.MaxValue))
                .ThenBy(d => _catalogueOrder.GetValueOrDefault(d, int.MaxValue))
                .ThenBy(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    public PersonRef Ref(Guid id) =>
        _people.TryGetValue(id, out var p)
            ? new PersonRef(p.Id, p.Name, PrimaryDomain(id))
            : new PersonRef(id, "(unknown)", null);

    public string DomainName(string id, bool dutch)
    {
        var d = Snapshot.Domains.FirstOrDefault(x => x.Id == id);
        return d is null ? id
            : dutch ? d.NameNl
            : d.Name;
    }

    /// <summary>The domains present among <paramref name="people"/>, in catalogue order.</summary>
    public IReadOnlyList<string> DomainsIn(IEnumerable<Guid> people)
    {
        var present = people.SelectMany(DomainsOf).ToHashSet();
        return Snapshot.Domains.Select(d => d.Id).Where(present.Contains).ToList();
    }

    /// <summary>Confirmed edges with one end in domain <paramref name="a"/> and the other in <paramref name="b"/>.</summary>
    public IReadOnlyList<(Guid A, Guid B)> EdgesBetween(string a, string b) =>
        Graph
            .Edges()
            .Where(e =>
                (DomainsOf(e.A).Contains(a) && DomainsOf(e.B).Contains(b))
                || (DomainsOf(e.A).Contains(b) && DomainsOf(e.B).Contains(a))
            )
            .ToList();

    /// <summary>Domains with at least one person in the graph, in catalogue order.</summary>
    public IReadOnlyList<string> PresentDomains() => DomainsIn(Graph.Nodes);
}
