using Network.Domain.Trust;

namespace Network.Domain.Reports;

/// <summary>
/// Computes the network report from a snapshot. Pure: the same snapshot always gives the same report.
/// The graph holds active, listed professionals; confirmed, unexpired trust between them are its edges.
/// </summary>
public static class NetworkAnalyzer
{
    /// <summary>Entries not verified for this many days are stale.</summary>
    public const int StaleAfterDays = 365;

    /// <param name="alsoPending">People counted and drawn although not yet listed (a workshop's participants).</param>
    public static NetworkReport Analyze(
        NetworkSnapshot s,
        Guid? highlightWorkshopId = null,
        IReadOnlyCollection<Guid>? alsoPending = null
    )
    {
        var ctx = new ReportContext(s, alsoPending);
        var graph = ctx.Graph;
        var components = graph.Components();
        var (bridges, cuts) = graph.CutStructure();
        var confirmed = ctx.ConfirmedEdges;

        var withoutTrust = graph.Nodes.Where(n => graph.Degree(n) == 0).Select(ctx.Ref).ToList();
        var groups = components.Where(c => c.Count > 1).ToList();
        var summary = new ReportSummary(
            Professionals: graph.Nodes.Count,
            PendingListing: s.People.Count(p => p.IsActive && !p.IsListed && p.ServesMunicipality),
            Organisations: s.Organisations.Count,
            ConfirmedTrust: graph.EdgeCount,
            OpenProposals: s.Trust.Count(t =>
                t.Status == TrustStatus.Proposed && graph.Contains(t.ProposerId) && graph.Contains(t.RecipientId)
            ),
            Groups: groups.Count,
            LargestGroup: groups.Count == 0 ? 0 : groups[0].Count,
            WithoutTrust: withoutTrust.Count
        );

        var matrix = DomainMatrixOf(ctx);
        var bridgeFindings = bridges
            .Select(b => new BridgeFinding(
                ctx.Ref(b.A),
                ctx.Ref(b.B),
                SideSize(graph, b.A, b.B),
                SideSize(graph, b.B, b.A)
            ))
            .ToList();
        var cutFindings = cuts.Select(c => new ArticulationFinding(ctx.Ref(c), Separated(ctx, c))).ToList();
        var routeFindings = RouteChecks.Find(ctx, groups.FirstOrDefault());
        var stale = s
            .People.Where(p =>
                p.IsActive && p.ServesMunicipality && (s.Today.DayNumber - p.LastVerifiedOn.DayNumber) > StaleAfterDays
            )
            .OrderBy(p => p.LastVerifiedOn)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new StaleEntryFinding(
                ctx.Ref(p.Id),
                p.LastVerifiedOn,
                s.Today.DayNumber - p.LastVerifiedOn.DayNumber
            ))
            .ToList();
        var due = s
            .Trust.Where(t => t.IsExpiredAt(s.AsOf) && ctx.IsActive(t.ProposerId) && ctx.IsActive(t.RecipientId))
            .Select(t => new TrustDueFinding(
                t.Id,
                ctx.Ref(t.ProposerId),
                ctx.Ref(t.RecipientId),
                DateOnly.FromDateTime(t.ExpiresAt!.Value.UtcDateTime),
                t.WorkshopId
            ))
            .OrderBy(t => t.DueOn)
            .ThenBy(t => t.TrustId)
            .ToList();

        var report = new NetworkReport(
            s.MunicipalityCode,
            s.MunicipalityName,
            s.AsOf,
            summary,
            DomainCounts(ctx),
            OrganisationCounts(ctx),
            matrix,
            withoutTrust,
            bridgeFindings,
            cutFindings,
            SoleConnectors(ctx),
            routeFindings,
            stale,
            due,
            [],
            Picture(ctx, bridges, cuts, confirmed, highlightWorkshopId)
        );
        return report with { Recommendations = Recommendations.For(report, ctx) };
    }

    private static List<DomainCount> DomainCounts(ReportContext ctx) =>
        ctx
            .Snapshot.Domains.Select(d => new DomainCount(
                d.Id,
                d.Name,
                d.NameNl,
                ctx.Graph.Nodes.Count(n => ctx.DomainsOf(n).Contains(d.Id)),
                ctx.Snapshot.Organisations.Count(o => o.Domains.Contains(d.Id))
            ))
            .ToList();

    private static List<OrganisationCount> OrganisationCounts(ReportContext ctx) =>
        ctx
            .Snapshot.Organisations.Select(o =>
            {
                var members = ctx.Graph.Nodes.Where(n => ctx.Person(n).OrganisationIds.Contains(o.Id)).ToHashSet();
                var trust = ctx.Graph.Edges().Count(e => members.Contains(e.A) || members.Contains(e.B));
                return new OrganisationCount(o.Id, o.Name, o.Domains, members.Count, trust);
            })
            .OrderByDescending(o => o.Professionals)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Each edge counts once in every domain cell it touches (a person may work in two domains).</summary>
    internal static DomainMatrix DomainMatrixOf(ReportContext ctx)
    {
        var domains = ctx.Snapshot.Domains.Select(d => d.Id).ToList();
        var cells = domains.Select(_ => new int[domains.Count]).ToArray();
        foreach (var (a, b) in ctx.Graph.Edges())
        {
            var pairs = new HashSet<(int, int)>();
            foreach (var da in ctx.DomainsOf(a))
            foreach (var db in ctx.DomainsOf(b))
            {
                int i = domains.IndexOf(da),
                    j = domains.IndexOf(db);
                if (i >= 0 && j >= 0)
                    pairs.Add((Math.Min(i, j), Math.Max(i, j)));
            }
            foreach (var (i, j) in pairs)
            {
                cells[i][j]++;
                if (i != j)
                    cells[j][i]++;
            }
        }
        return new DomainMatrix(domains, cells.Select(r => (IReadOnlyList<int>)r).ToList());
    }

    /// <summary>Domain pairs whose every confirmed edge (two or more) runs through one person.</summary>
    private static List<SoleConnectorFinding> SoleConnectors(ReportContext ctx)
    {
        var result = new List<SoleConnectorFinding>();
        var domains = ctx.Snapshot.Domains.Select(d => d.Id).ToList();
        for (var i = 0; i < domains.Count; i++)
        for (var j = i + 1; j < domains.Count; j++)
        {
            var edges = ctx.EdgesBetween(domains[i], domains[j]);
            if (edges.Count < 2)
                continue; // one edge is a thin link, reported as such
            var common = edges
                .Select(e => new HashSet<Guid> { e.A, e.B })
                .Aggregate(
                    (x, y) =>
                    {
                        x.IntersectWith(y);
                        return x;
                    }
                );
            foreach (var person in ctx.Graph.Nodes.Where(common.Contains))
                result.Add(new SoleConnectorFinding([domains[i], domains[j]], ctx.Ref(person), edges.Count));
        }
        return result;
    }

    private static List<SeparatedGroup> Separated(ReportContext ctx, Guid cut)
    {
        var neighbours = ctx.Graph.Neighbours(cut).ToHashSet();
        return ctx
            .Graph.Components(without: cut)
            .Where(c => c.Any(neighbours.Contains))
            .Select(c => new SeparatedGroup(c.Count, ctx.DomainsIn(c), c.Count <= 5 ? c.Select(ctx.Ref).ToList() : []))
            .OrderByDescending(g => g.Size)
            .ToList();
    }

    /// <summary>How many people stay reachable from <paramref name="from"/> when the edge to <paramref name="other"/> is gone.</summary>
    private static int SideSize(TrustGraph graph, Guid from, Guid other)
    {
        var seen = new HashSet<Guid> { from };
        var stack = new Stack<Guid>([from]);
        while (stack.Count > 0)
        {
            var u = stack.Pop();
            foreach (var v in graph.Neighbours(u))
            {
                if ((u == from && v == other) || (u == other && v == from))
                    continue;
                if (seen.Add(v))
                    stack.Push(v);
            }
        }
        return seen.Count;
    }

    private static NetworkPicture Picture(
        ReportContext ctx,
        IReadOnlyList<(Guid A, Guid B)> bridges,
        IReadOnlyList<Guid> cuts,
        IReadOnlyList<ReportTrust> confirmed,
        Guid? workshopId
    )
    {
        var cutSet = cuts.ToHashSet();
        var bridgeSet = bridges.ToHashSet();
        var fromWorkshop = confirmed
            .Where(t => workshopId is not null && t.WorkshopId == workshopId)
            .Select(t => Key(t.ProposerId, t.RecipientId))
            .ToHashSet();
        return new NetworkPicture(
            ctx.Graph.Nodes.Select(n => new PictureNode(
                    n,
                    ctx.Person(n).Name,
                    ctx.PrimaryDomain(n),
                    cutSet.Contains(n),
                    !ctx.Person(n).IsListed
                ))
                .ToList(),
            ctx.Graph.Edges()
                .Select(e => new PictureEdge(
                    e.A,
                    e.B,
                    fromWorkshop.Contains(Key(e.A, e.B)) ? workshopId : null,
                    bridgeSet.Contains(e) || bridgeSet.Contains((e.B, e.A))
                ))
                .ToList()
        );
    }

    private static (Guid, Guid) Key(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
