namespace Network.Api.Commands.Synthetic;

/// <summary>
/// Trust edges with a realistic skew: each person gets a target degree (most 3 to 15, one in ten a connector
/// with 30 to 90, two in a hundred hubs with 150 to 700), and degree "stubs" are paired mostly within the
/// person's own municipality (workshops are local), one in ten across municipalities. Self-pairs and repeats
/// are dropped, so degrees land slightly under target.
/// </summary>
internal static class SyntheticTrust
{
    public static List<(int A, int B)> Edges(Random random, int[] municipalityOf, int municipalities)
    {
        var n = municipalityOf.Length;
        var local = Enumerable.Range(0, municipalities).Select(_ => new List<int>()).ToArray();
        var global = new List<int>();
        for (var p = 0; p < n; p++)
        {
            var degree = Degree(random);
            for (var s = 0; s < degree; s++)
                (random.Next(10) == 0 ? global : local[municipalityOf[p]]).Add(p);
        }

        var seen = new HashSet<long>();
        var edges = new List<(int, int)>();
        foreach (var stubs in local.Append(global))
        {
            Shuffle(random, stubs);
            for (var i = 0; i + 1 < stubs.Count; i += 2)
            {
                var (a, b) = (stubs[i], stubs[i + 1]);
                if (a == b) continue;
                var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
                if (seen.Add(key)) edges.Add((a, b));
            }
        }
        return edges;
    }

    private static int Degree(Random random)
    {
        var roll = random.Next(100);
        if (roll < 2) return 150 + (int)(550 * Math.Pow(random.NextDouble(), 2)); // hubs: workshop facilitators, officers
        if (roll < 12) return random.Next(30, 91);
        return random.Next(3, 16);
    }

    private static void Shuffle(Random random, List<int> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
