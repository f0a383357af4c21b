namespace Network.Domain.Reports;

/// <summary>
/// Routing gaps: concern types without a route, and professional steps that point at someone inactive,
/// not (yet) listed, or outside the network's main trust group (nobody in the network can vouch for them).
/// </summary>
internal static class RouteChecks
{
    public static IReadOnlyList<RouteFinding> Find(ReportContext ctx, IReadOnlyList<Guid>? mainGroup)
    {
        var core = mainGroup?.ToHashSet() ?? [];
        var findings = new List<RouteFinding>();
        foreach (var concern in ctx.Snapshot.ConcernTypes)
        {
            var route = ctx.Snapshot.Routes.FirstOrDefault(r => r.ConcernTypeId == concern.Id);
            if (route is null || route.StepCount == 0)
            {
                findings.Add(new RouteFinding(concern.Id, concern.Name, concern.NameNl, RouteProblem.NoRoute, null));
                continue;
            }
            foreach (var id in route.ProfessionalStepIds.Distinct())
            {
                var problem = ProblemWith(ctx, core, id);
                if (problem is not null)
                    findings.Add(
                        new RouteFinding(concern.Id, concern.Name, concern.NameNl, problem.Value, ctx.Ref(id))
                    );
            }
        }
        return findings;
    }

    private static RouteProblem? ProblemWith(ReportContext ctx, HashSet<Guid> core, Guid id)
    {
        if (!ctx.IsActive(id))
            return RouteProblem.ContactInactive;
        if (!ctx.Person(id).IsListed)
            return RouteProblem.ContactNotListed;
        return core.Contains(id) ? null : RouteProblem.ContactUnreachable;
    }
}
