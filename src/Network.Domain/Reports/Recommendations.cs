namespace Network.Domain.Reports;

/// <summary>
/// Turns findings into advice for the municipality, in Dutch and English. Every recommendation carries the
/// evidence it was derived from (ids, names, counts), so a coordinator can check it against the data.
/// </summary>
public static class Recommendations
{
    /// <summary>Fewer confirmed edges than this between two present domains is a thin link.</summary>
    public const int ThinLinkBelow = 2;

    /// <summary>At most this many names are spelled out in a recommendation's text (the evidence lists all).</summary>
    private const int NamesInText = 5;

    internal static IReadOnlyList<Recommendation> For(NetworkReport r, ReportContext ctx)
    {
        var list = new List<Recommendation>();
        DomainLinks(r, ctx, list);
        foreach (var cut in r.ArticulationPoints)
            list.Add(SinglePoint(cut, ctx));
        foreach (var person in r.SoleDomainConnectors.GroupBy(c => c.Person.Id))
        {
            var p = person.First().Person;
            var pairs = person.Select(c => c.Domains).ToList();
            string Pairs(bool dutch) =>
                string.Join(", ", pairs.Select(d => $"{ctx.DomainName(d[0], dutch)} – {ctx.DomainName(d[1], dutch)}"));
            list.Add(
                New(
                    "sole-domain-connector",
                    "medium",
                    $"Alle vertrouwensrelaties tussen {Pairs(true)} lopen via {p.Name}. Breng andere collega's uit deze domeinen met elkaar in contact.",
                    $"All trust between {Pairs(false)} runs through {p.Name}. Introduce other colleagues from these domains to each other.",
                    new()
                    {
                        ["professionalId"] = p.Id,
                        ["name"] = p.Name,
                        ["domainPairs"] = pairs.Select(d => d.ToArray()).ToArray(),
                        ["edges"] = person.Select(c => c.Edges).ToArray(),
                    }
                )
            );
        }
        if (r.Summary.Groups > 1)
            list.Add(
                New(
                    "split-network",
                    "medium",
                    $"Het netwerk bestaat uit {r.Summary.Groups} losse groepen die niet via vertrouwen met elkaar verbonden zijn (de grootste telt {r.Summary.LargestGroup} personen). Verbind ze, bijvoorbeeld met een gezamenlijk werkatelier.",
                    $"The network consists of {r.Summary.Groups} separate groups not joined by trust (the largest has {r.Summary.LargestGroup} people). Connect them, for instance with a joint workshop.",
                    new() { ["groups"] = r.Summary.Groups, ["largestGroup"] = r.Summary.LargestGroup }
                )
            );
        if (r.WithoutTrust.Count > 0)
            list.Add(
                New(
                    "professionals-without-trust",
                    "medium",
                    $"{r.WithoutTrust.Count} professional(s) hebben nog geen bevestigde vertrouwensrelatie: {NameList(r.WithoutTrust, true)}. Nodig hen uit voor een werkatelier of breng hen in contact met een collega in het netwerk.",
                    $"{r.WithoutTrust.Count} professional(s) have no confirmed trust relationship yet: {NameList(r.WithoutTrust, false)}. Invite them to a workshop or introduce them to a colleague in the network.",
                    new()
                    {
                        ["count"] = r.WithoutTrust.Count,
                        ["professionalIds"] = r.WithoutTrust.Select(p => p.Id).ToArray(),
                    }
                )
            );
        RouteAdvice.Add(r, list);
        Upkeep(r, list);
        if (list.Count == 0)
            list.Add(
                New(
                    "healthy-network",
                    "info",
                    "Geen knelpunten gevonden: alle domeinen zijn met elkaar verbonden, er is geen enkel zwak punt en alle routes wijzen naar bereikbare contactpersonen.",
                    "No weak spots found: all domains are linked, no single point of failure, and every route points at a reachable contact.",
                    new() { ["professionals"] = r.Summary.Professionals, ["confirmedTrust"] = r.Summary.ConfirmedTrust }
                )
            );
        return list.OrderBy(x => Rank(x.Severity)).ToList(); // stable: keeps the order within a severity
    }

    /// <summary>Names the small groups that hang on one person, and calls the largest "the rest of the network".</summary>
    private static Recommendation SinglePoint(ArticulationFinding cut, ReportContext ctx)
    {
        var rest = cut.Separates[0];
        var hanging = cut.Separates.Skip(1).ToList();
        string Group(SeparatedGroup g, bool dutch) =>
            g.Members.Count > 0 ? string.Join(", ", g.Members.Select(m => m.Name))
            : dutch ? $"een groep van {g.Size} ({Names(ctx, g.Domains, true)})"
            : $"a group of {g.Size} ({Names(ctx, g.Domains, false)})";
        // In a small network every side is small: then all sides are named, none is "the rest".
        var named = rest.Members.Count > 0 ? cut.Separates : hanging;
        var nl =
            string.Join(" en ", named.Select(g => Group(g, true)))
            + (rest.Members.Count > 0 ? "" : $" en de rest van het netwerk ({rest.Size} personen)");
        var en =
            string.Join(" and ", named.Select(g => Group(g, false)))
            + (rest.Members.Count > 0 ? "" : $" and the rest of the network ({rest.Size} people)");
        return New(
            "single-point-of-failure",
            "high",
            $"{cut.Person.Name} is de enige schakel tussen {nl}. Zorg voor een tweede verbinding, zodat het netwerk niet van één persoon afhangt.",
            $"{cut.Person.Name} is the only link between {en}. Build a second connection so the network does not depend on one person.",
            new()
            {
                ["professionalId"] = cut.Person.Id,
                ["name"] = cut.Person.Name,
                ["groupSizes"] = cut.Separates.Select(g => g.Size).ToArray(),
                ["groupDomains"] = cut.Separates.Select(g => g.Domains.ToArray()).ToArray(),
                ["dependentIds"] = hanging.SelectMany(g => g.Members.Select(m => m.Id)).ToArray(),
            }
        );
    }

    private static void DomainLinks(NetworkReport r, ReportContext ctx, List<Recommendation> list)
    {
        var present = ctx.PresentDomains();
        for (var i = 0; i < present.Count; i++)
        for (var j = i + 1; j < present.Count; j++)
        {
            string a = present[i],
                b = present[j];
            var edges = r.DomainMatrix.Count(a, b);
            if (edges >= ThinLinkBelow)
                continue;
            var evidence = new Dictionary<string, object> { ["domains"] = new[] { a, b }, ["edges"] = edges };
            if (edges == 0)
            {
                list.Add(
                    New(
                        "missing-domain-link",
                        "high",
                        $"Er is geen bevestigde vertrouwensrelatie tussen {ctx.DomainName(a, true)} en {ctx.DomainName(b, true)}. Nodig professionals uit beide domeinen uit voor het volgende werkatelier of organiseer een kennismaking.",
                        $"No confirmed trust links {ctx.DomainName(a, false)} and {ctx.DomainName(b, false)}. Invite professionals from both domains to the next workshop or arrange an introduction.",
                        evidence
                    )
                );
                continue;
            }
            var (x, y) = ctx.EdgesBetween(a, b)[0];
            evidence["professionalIds"] = new[] { x, y };
            list.Add(
                New(
                    "thin-domain-link",
                    "medium",
                    $"Tussen {ctx.DomainName(a, true)} en {ctx.DomainName(b, true)} is er maar één bevestigde vertrouwensrelatie ({ctx.Person(x).Name} – {ctx.Person(y).Name}). Valt die weg, dan is de verbinding verbroken: breng meer mensen uit beide domeinen met elkaar in contact.",
                    $"Only one confirmed trust relationship links {ctx.DomainName(a, false)} and {ctx.DomainName(b, false)} ({ctx.Person(x).Name} – {ctx.Person(y).Name}). If it goes, so does the link: introduce more people from both domains to each other.",
                    evidence
                )
            );
        }
    }

    private static void Upkeep(NetworkReport r, List<Recommendation> list)
    {
        if (r.StaleEntries.Count > 0)
            list.Add(
                New(
                    "stale-entries",
                    "low",
                    $"{r.StaleEntries.Count} vermelding(en) zijn langer dan een jaar niet gecontroleerd: {NameList(r.StaleEntries.Select(s => s.Person).ToList(), true)}. Vraag deze professionals hun gegevens te bevestigen.",
                    $"{r.StaleEntries.Count} entr(y/ies) have not been verified for over a year: {NameList(r.StaleEntries.Select(s => s.Person).ToList(), false)}. Ask these professionals to confirm their details.",
                    new()
                    {
                        ["count"] = r.StaleEntries.Count,
                        ["professionalIds"] = r.StaleEntries.Select(s => s.Person.Id).ToArray(),
                    }
                )
            );
        if (r.TrustDue.Count > 0)
            list.Add(
                New(
                    "trust-reconfirmation-due",
                    "low",
                    $"{r.TrustDue.Count} vertrouwensrelatie(s) zijn over hun herbevestigingsdatum en tellen niet meer mee. Vraag de betrokkenen hun vertrouwen te herbevestigen.",
                    $"{r.TrustDue.Count} trust relationship(s) are past their reconfirmation date and no longer count. Ask the people involved to reconfirm.",
                    new() { ["count"] = r.TrustDue.Count, ["trustIds"] = r.TrustDue.Select(t => t.TrustId).ToArray() }
                )
            );
        if (r.Summary.PendingListing > 0)
            list.Add(
                New(
                    "pending-listing",
                    "low",
                    $"{r.Summary.PendingListing} professional(s) van een presentielijst hebben nog niet ingestemd met vermelding en zijn alleen voor coördinatoren zichtbaar. Herinner hen eraan.",
                    $"{r.Summary.PendingListing} professional(s) from an attendance list have not yet accepted being listed and are visible to coordinators only. Remind them.",
                    new() { ["count"] = r.Summary.PendingListing }
                )
            );
        if (r.Summary.OpenProposals > 0)
            list.Add(
                New(
                    "open-trust-proposals",
                    "low",
                    $"{r.Summary.OpenProposals} voorstel(len) voor een vertrouwensrelatie wachten nog op antwoord.",
                    $"{r.Summary.OpenProposals} trust proposal(s) are still waiting for an answer.",
                    new() { ["count"] = r.Summary.OpenProposals }
                )
            );
    }

    internal static Recommendation New(
        string code,
        string severity,
        string nl,
        string en,
        Dictionary<string, object> evidence
    ) => new(code, severity, nl, en, evidence);

    internal static string NameList(IReadOnlyList<PersonRef> people, bool dutch)
    {
        var names = string.Join(", ", people.Take(NamesInText).Select(p => p.Name));
        var more = people.Count - NamesInText;
        return more <= 0 ? names
            : dutch ? $"{names} en {more} anderen"
            : $"{names} and {more} others";
    }

    private static string Names(ReportContext ctx, IReadOnlyList<string> domains, bool dutch) =>
        domains.Count == 0
            ? (dutch ? "geen domein" : "no domain")
            : string.Join(", ", domains.Select(d => ctx.DomainName(d, dutch).ToLowerInvariant()));

    private static int Rank(string severity) =>
        severity switch
        {
            "high" => 0,
            "medium" => 1,
            "low" => 2,
            _ => 3,
        };
}
