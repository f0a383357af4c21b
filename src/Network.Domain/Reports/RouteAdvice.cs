namespace Network.Domain.Reports;

/// <summary>Recommendations for routing gaps, one per finding, naming the concern type and the contact.</summary>
internal static class RouteAdvice
{
    public static void Add(NetworkReport r, List<Recommendation> list)
    {
        foreach (var f in r.RouteFindings)
        {
            var evidence = new Dictionary<string, object> { ["concernTypeId"] = f.ConcernTypeId };
            if (f.Contact is { } c)
            {
                evidence["professionalId"] = c.Id;
                evidence["name"] = c.Name;
            }
            var name = f.Contact?.Name ?? "";
            list.Add(
                f.Problem switch
                {
                    RouteProblem.NoRoute => Recommendations.New(
                        "concern-without-route",
                        "high",
                        $"Voor '{f.ConcernTypeNl}' is nog geen route (aanspreekpunten) vastgelegd. Leg vast wie professionals eerst benaderen en wie daarna.",
                        $"No route (escalation ladder) is set for '{f.ConcernType}'. Record whom professionals contact first, and whom next.",
                        evidence
                    ),
                    RouteProblem.ContactInactive => Recommendations.New(
                        "route-contact-inactive",
                        "high",
                        $"De route voor '{f.ConcernTypeNl}' verwijst naar {name}, die niet meer actief is. Wijs een nieuw aanspreekpunt aan.",
                        $"The route for '{f.ConcernType}' points at {name}, who is no longer active. Designate a new contact.",
                        evidence
                    ),
                    RouteProblem.ContactNotListed => Recommendations.New(
                        "route-contact-not-listed",
                        "high",
                        $"De route voor '{f.ConcernTypeNl}' verwijst naar {name}, die nog niet heeft ingestemd met vermelding en dus voor professionals onzichtbaar is. Vraag om instemming of kies een ander aanspreekpunt.",
                        $"The route for '{f.ConcernType}' points at {name}, who has not yet accepted being listed and is therefore invisible to professionals. Ask for consent or choose another contact.",
                        evidence
                    ),
                    _ => Recommendations.New(
                        "route-contact-unreachable",
                        "medium",
                        $"De route voor '{f.ConcernTypeNl}' verwijst naar {name}, die via vertrouwen niet verbonden is met het netwerk. Betrek deze persoon bij een werkatelier of kies een aanspreekpunt binnen het netwerk.",
                        $"The route for '{f.ConcernType}' points at {name}, who is not connected by trust to the main network. Involve this person in a workshop or choose a contact within the network.",
                        evidence
                    ),
                }
            );
        }
    }
}
