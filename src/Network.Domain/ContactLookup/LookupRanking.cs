namespace Network.Domain.ContactLookup;

/// <summary>What the ranking needs to know about one candidate contact.</summary>
/// <param name="Key">The caller's handle for the candidate (e.g. an index into its own list).</param>
/// <param name="Distance">Trust hops from the asker (1..3), or <see cref="LookupRanking.Unreachable"/>.</param>
public readonly record struct RankCandidate(int Key, int Distance, DateOnly LastVerifiedOn, string Name);

/// <summary>
/// The lookup's order: trust distance first (1: confirmed mutual trust, 2: through one trusted person, 3),
/// people without a trust path last; then the most recently verified entry; then name, so the order is stable.
/// </summary>
public static class LookupRanking
{
    public const int MaxTrustDistance = 3;
    public const int Unreachable = int.MaxValue;
    public const int StaleAfterDays = 365;

    public static int Compare(in RankCandidate a, in RankCandidate b)
    {
        var c = a.Distance.CompareTo(b.Distance);
        if (c != 0)
            return c;
        c = b.LastVerifiedOn.CompareTo(a.LastVerifiedOn);
        if (c != 0)
            return c;
        c = string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : a.Key.CompareTo(b.Key);
    }

    /// <summary>
    /// Writes the best <c>best.Length</c> candidates, in order, into <paramref name="best"/> and returns how many.
    /// A bounded insertion keeps this linear in the candidates for the small top-k a lookup shows.
    /// </summary>
    public static int Top(ReadOnlySpan<RankCandidate> candidates, Span<RankCandidate> best)
    {
        var count = 0;
        foreach (ref readonly var c in candidates)
        {
            if (count == best.Length && (count == 0 || Compare(c, best[count - 1]) >= 0))
                continue;
            var i = count < best.Length ? count++ : count - 1;
            while (i > 0 && Compare(c, best[i - 1]) < 0)
            {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = c;
        }
        return count;
    }

    /// <summary>
    /// Like <see cref="Top(ReadOnlySpan{RankCandidate}, Span{RankCandidate})"/> for candidates whose distance is known
    /// only up to two steps: one at <see cref="MaxTrustDistance"/> may really be unreachable. That distance is a lower
    /// bound, so when none of the best is at it the answer stands; otherwise every such candidate is settled with
    /// <paramref name="settle"/> (their key: the true distance) and ranked again. An asker with ten candidates within
    /// two steps, the usual case in a network after the workshops, never pays for the third step.
    /// </summary>
    public static int Top(Span<RankCandidate> candidates, Span<RankCandidate> best, Func<int, int> settle)
    {
        var count = Top(candidates, best);
        var unsettled = false;
        foreach (ref readonly var b in best[..count])
            unsettled |= b.Distance == MaxTrustDistance;
        if (!unsettled)
            return count;

        foreach (ref var c in candidates)
            if (c.Distance == MaxTrustDistance)
                c = c with { Distance = settle(c.Key) };
        return Top(candidates, best);
    }

    public static IReadOnlyList<RankCandidate> Rank(IEnumerable<RankCandidate> candidates, int max)
    {
        var all = candidates.ToArray();
        var best = new RankCandidate[Math.Min(max, all.Length)];
        var n = Top(all, best);
        return best[..n];
    }

    /// <summary>An entry not verified for a year may be out of date.</summary>
    public static bool IsStale(DateOnly lastVerifiedOn, DateOnly today) =>
        today.DayNumber - lastVerifiedOn.DayNumber >= StaleAfterDays;
}
