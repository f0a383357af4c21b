namespace Network.Domain.Reports;

/// <summary>
/// A workshop's effect on the network: the report as of the day before the workshop (without the trust it
/// produced) next to the report now, and what changed between them. Both count and draw the workshop's pending
/// participants (newcomers from its attendance list); the day before holds only people who existed by then.
/// </summary>
public sealed record WorkshopNetworkReport(
    Guid WorkshopId,
    string Title,
    DateOnly Date,
    int Participants,
    int Attended,
    NetworkReport Before,
    NetworkReport After,
    WorkshopDelta Delta
);

public sealed record WorkshopDelta(
    int TrustFromWorkshop,
    int ConfirmedTrustBefore,
    int ConfirmedTrustAfter,
    int WithoutTrustBefore,
    int WithoutTrustAfter,
    int ParticipantsWithoutTrustBefore,
    int ParticipantsWithoutTrustAfter,
    int PendingParticipants,
    int ParticipantsNewToNetwork,
    IReadOnlyList<IReadOnlyList<string>> DomainLinksGained,
    IReadOnlyList<PersonRef> SinglePointsResolved,
    IReadOnlyList<PersonRef> SinglePointsNew
);

public static class WorkshopComparison
{
    /// <summary>Compares the network the day before <paramref name="date"/> with <paramref name="now"/>.</summary>
    public static WorkshopNetworkReport Compare(
        NetworkSnapshot now,
        Guid workshopId,
        string title,
        DateOnly date,
        IReadOnlyCollection<Guid> participants,
        int attended
    )
    {
        var cutoff = new DateTimeOffset(date.AddDays(-1).ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var before = NetworkAnalyzer.Analyze(
            now.AsOfDate(cutoff, excludeWorkshopId: workshopId),
            alsoPending: participants
        );
        var after = NetworkAnalyzer.Analyze(now, highlightWorkshopId: workshopId, alsoPending: participants);
        var beforeNodes = before.Graph.Nodes.Select(n => n.Id).ToHashSet();
        var afterNodes = after.Graph.Nodes.Where(n => participants.Contains(n.Id)).ToList();

        var gained = new List<IReadOnlyList<string>>();
        var domains = after.DomainMatrix.Domains;
        for (var i = 0; i < domains.Count; i++)
        for (var j = i + 1; j < domains.Count; j++)
            if (
                before.DomainMatrix.Count(domains[i], domains[j]) == 0
                && after.DomainMatrix.Count(domains[i], domains[j]) > 0
            )
                gained.Add([domains[i], domains[j]]);

        var cutsBefore = before.ArticulationPoints.Select(a => a.Person).ToList();
        var cutsAfter = after.ArticulationPoints.Select(a => a.Person).ToList();
        var delta = new WorkshopDelta(
            TrustFromWorkshop: after.Graph.Edges.Count(e => e.WorkshopId == workshopId),
            ConfirmedTrustBefore: before.Summary.ConfirmedTrust,
            ConfirmedTrustAfter: after.Summary.ConfirmedTrust,
            WithoutTrustBefore: before.Summary.WithoutTrust,
            WithoutTrustAfter: after.Summary.WithoutTrust,
            ParticipantsWithoutTrustBefore: before.WithoutTrust.Count(p => participants.Contains(p.Id)),
            ParticipantsWithoutTrustAfter: after.WithoutTrust.Count(p => participants.Contains(p.Id)),
            PendingParticipants: afterNodes.Count(n => n.IsPending),
            ParticipantsNewToNetwork: afterNodes.Count(n => !beforeNodes.Contains(n.Id)),
            DomainLinksGained: gained,
            SinglePointsResolved: cutsBefore.Where(b => cutsAfter.All(a => a.Id != b.Id)).ToList(),
            SinglePointsNew: cutsAfter.Where(a => cutsBefore.All(b => b.Id != a.Id)).ToList()
        );
        return new WorkshopNetworkReport(workshopId, title, date, participants.Count, attended, before, after, delta);
    }
}
