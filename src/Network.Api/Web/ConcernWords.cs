using Network.Application.Catalogues;

namespace Network.Api.Web;

/// <summary>
/// Concern types in the words people use: a Dutch explanation and the synonyms a teacher might type ("extremisme",
/// "complotdenken"). Types a coordinator adds later are found by their Dutch and English names.
/// </summary>
public static class ConcernWords
{
    private sealed record Entry(string ExplanationNl, string ExplanationEn, string[] Synonyms);

    private static readonly Dictionary<string, Entry> Known = new(StringComparer.Ordinal)
    {
        ["radicalisation"] = new(
            "Signalen als wij-zij-denken, plotselinge veranderingen in gedrag of ideologische uitspraken.",
            "Signals such as us-versus-them thinking, sudden changes in behaviour or ideological statements.",
            [
                "radicalisering",
                "extremisme",
                "jihadisme",
                "rechts-extremisme",
                "links-extremisme",
                "ideologie",
                "aanslag",
                "wij-zij",
                "terrorisme",
            ]
        ),
        ["polarisation"] = new(
            "Groeiende spanning tussen groepen in een klas, school of wijk.",
            "Growing tension between groups in a class, school or neighbourhood.",
            ["polarisatie", "spanning", "groepen", "discriminatie", "pesten", "wij-zij", "conflict in de klas"]
        ),
        ["online-extremism"] = new(
            "Extremistische inhoud die online wordt gedeeld of gemaakt.",
            "Extremist content shared or produced online.",
            [
                "online",
                "internet",
                "sociale media",
                "filmpjes",
                "complotdenken",
                "complottheorie",
                "memes",
                "gaming",
                "telegram",
            ]
        ),
        ["domestic-violence"] = new(
            "Er speelt iets anders thuis: dan is Veilig Thuis de route.",
            "Something else is going on at home: the route is Veilig Thuis.",
            ["huiselijk geweld", "kindermishandeling", "thuis", "veilig thuis", "mishandeling", "verwaarlozing"]
        ),
        ["mental-health"] = new(
            "De signalen wijzen misschien eerder op psychische problemen dan op radicalisering.",
            "The signals may point to mental health problems rather than radicalisation.",
            ["psychisch", "depressie", "angst", "eenzaam", "somber", "ggz", "verward"]
        ),
    };

    public static string Explain(ConcernTypeDto concern) =>
        Known.TryGetValue(concern.Id, out var e) ? Lang.T(e.ExplanationNl, e.ExplanationEn) : concern.Description;

    public static string Name(ConcernTypeDto concern) => Lang.T(concern.NameNl, concern.Name);

    /// <summary>The concern types that match what someone typed, best first; all of them for an empty search.</summary>
    public static IReadOnlyList<ConcernTypeDto> Find(IEnumerable<ConcernTypeDto> concerns, string? words)
    {
        var all = concerns.ToList();
        var terms = (words ?? "")
            .ToLowerInvariant()
            .Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length >= 3)
            .ToArray();
        if (terms.Length == 0)
            return all;
        return
        [
            .. all.Select(c =>
                    (c, score: terms.Count(t => Haystack(c).Any(h => h.Contains(t, StringComparison.Ordinal))))
                )
                .Where(x => x.score > 0)
                .OrderByDescending(x => x.score)
                .Select(x => x.c),
        ];
    }

    private static IEnumerable<string> Haystack(ConcernTypeDto c)
    {
        yield return c.NameNl.ToLowerInvariant();
        yield return c.Name.ToLowerInvariant();
        if (Known.TryGetValue(c.Id, out var e))
        {
            foreach (var s in e.Synonyms)
                yield return s;
            yield return e.ExplanationNl.ToLowerInvariant();
        }
    }
}
