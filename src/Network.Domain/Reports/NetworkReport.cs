using System.ComponentModel;

namespace Network.Domain.Reports;

/// <summary>
/// The network report of one municipality at one moment: counts, the domain matrix, the weak places of the
/// trust graph, routing gaps, ageing data, and recommendations that each point at the data they come from.
/// </summary>
public sealed record NetworkReport(
    string MunicipalityCode,
    string MunicipalityName,
    DateTimeOffset AsOf,
    ReportSummary Summary,
    IReadOnlyList<DomainCount> Domains,
    IReadOnlyList<OrganisationCount> Organisations,
    DomainMatrix DomainMatrix,
    IReadOnlyList<PersonRef> WithoutTrust,
    IReadOnlyList<BridgeFinding> Bridges,
    IReadOnlyList<ArticulationFinding> ArticulationPoints,
    IReadOnlyList<SoleConnectorFinding> SoleDomainConnectors,
    IReadOnlyList<RouteFinding> RouteFindings,
    IReadOnlyList<StaleEntryFinding> StaleEntries,
    IReadOnlyList<TrustDueFinding> TrustDue,
    IReadOnlyList<Recommendation> Recommendations,
    NetworkPicture Graph
);

public sealed record ReportSummary(
    int Professionals,
    int PendingListing,
    int Organisations,
    int ConfirmedTrust,
    int OpenProposals,
    int Groups,
    int LargestGroup,
    int WithoutTrust
);

public sealed record PersonRef(Guid Id, string Name, string? Domain);

public sealed record DomainCount(string DomainId, string Name, string NameNl, int Professionals, int Organisations);

public sealed record OrganisationCount(
    Guid Id,
    string Name,
    IReadOnlyList<string> Domains,
    int Professionals,
    int ConfirmedTrust
);

/// <summary>
/// Confirmed trust edges between domains: <c>Cells[i][j]</c> counts the edges joining someone in
/// <c>Domains[i]</c> with someone in <c>Domains[j]</c> (symmetric; the diagonal is trust within a domain).
/// </summary>
public sealed record DomainMatrix(IReadOnlyList<string> Domains, IReadOnlyList<IReadOnlyList<int>> Cells)
{
    public int Count(string a, string b)
    {
        var i = IndexOf(a);
        var j = IndexOf(b);
        return i < 0 || j < 0 ? 0 : Cells[i][j];
    }

    private int IndexOf(string domain)
    {
        for (var i = 0; i < Domains.Count; i++)
            if (Domains[i] == domain)
                return i;
        return -1;
    }
}

/// <summary>A trust edge whose loss would split a group in two.</summary>
public sealed record BridgeFinding(PersonRef A, PersonRef B, int SideA, int SideB);

/// <summary>A person whose absence would split a group: a single point of failure.</summary>
public sealed record ArticulationFinding(PersonRef Person, IReadOnlyList<SeparatedGroup> Separates);

/// <summary>A group a single point of failure holds on to; <see cref="Members"/> named only for small groups (up to five).</summary>
public sealed record SeparatedGroup(int Size, IReadOnlyList<string> Domains, IReadOnlyList<PersonRef> Members);

/// <summary>Every confirmed trust edge between two domains runs through this one person.</summary>
public sealed record SoleConnectorFinding(IReadOnlyList<string> Domains, PersonRef Person, int Edges);

public sealed record RouteFinding(
    string ConcernTypeId,
    string ConcernType,
    string ConcernTypeNl,
    RouteProblem Problem,
    PersonRef? Contact
);

[Description("What is wrong with the route for a concern type.")]
public enum RouteProblem
{
    [Description("No route, or a route without steps.")]
    NoRoute,

    [Description("A professional step names someone deactivated.")]
    ContactInactive,

    [Description("A professional step names someone who has not yet accepted being listed.")]
    ContactNotListed,

    [Description("A professional step names someone outside the trust network's main group.")]
    ContactUnreachable,
}

public sealed record StaleEntryFinding(PersonRef Person, DateOnly LastVerifiedOn, int DaysSince);

public sealed record TrustDueFinding(Guid TrustId, PersonRef A, PersonRef B, DateOnly DueOn, Guid? WorkshopId);

/// <summary>One advice, in Dutch and English, with the data it is drawn from.</summary>
public sealed record Recommendation(
    string Code,
    string Severity,
    string Nl,
    string En,
    IReadOnlyDictionary<string, object> Evidence
);

/// <summary>
/// The trust graph for drawing: people with their domain, confirmed edges (marked when from a given workshop).
/// A workshop's report also draws its pending participants (<see cref="PictureNode.IsPending"/>).
/// </summary>
public sealed record NetworkPicture(IReadOnlyList<PictureNode> Nodes, IReadOnlyList<PictureEdge> Edges);

public sealed record PictureNode(
    Guid Id,
    string Name,
    string? Domain,
    bool IsArticulationPoint,
    bool IsPending = false
);

public sealed record PictureEdge(Guid A, Guid B, Guid? WorkshopId, bool IsBridge);
