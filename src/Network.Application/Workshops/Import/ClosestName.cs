namespace Network.Application.Workshops.Import;

/// <summary>
/// "Did you mean …?" for a value an attendance list spells differently from the directory: the known name with the
/// smallest edit distance, ignoring case and punctuation, when it is close enough to be a plausible slip (a word left
/// out, a typo), else nothing. Words in a different order or a missing word count by what is shared.
/// </summary>
internal static class ClosestName
{
    public static string? Suggest(string typed, IEnumerable<string> known)
    {
        var wanted = Simplify(typed);
        if (wanted.Length < 3)
            return null;
        string? best = null;
        var bestScore = double.MaxValue;
        foreach (var name in known.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var candidate = Simplify(name);
            var score = Math.Min(
                Distance(wanted, candidate) / (double)Math.Max(wanted.Length, candidate.Length),
                WordGap(wanted, candidate)
            );
            if (score < bestScore)
                (best, bestScore) = (name, score);
        }
        return bestScore <= 0.34 ? best : null;
    }

    /// <summary>The share of the longer name's words the other lacks: "medewerker wijkteam" vs "medewerker sociaal wijkteam".</summary>
    private static double WordGap(string a, string b)
    {
        var wa = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shared = wa.Intersect(wb, StringComparer.Ordinal).Count();
        return shared == 0 ? 1 : 1 - shared / (double)Math.Max(wa.Length, wb.Length);
    }

    private static string Simplify(string s) =>
        string.Join(
            ' ',
            new string([.. s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(
                ' ',
                StringSplitOptions.RemoveEmptyEntries
            )
        );

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(
                    Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                );
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
