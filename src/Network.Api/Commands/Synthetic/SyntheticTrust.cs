namespace Network.Api.Commands.Synthetic;

/// <summary>
/// Trust edges with a realistic skew: each person gets a target degree (95 in a hundred 3 to 15, as a workshop
/// or two gives; four in a hundred connectors with 20 to 50; one in a hundred hubs, such as facilitators and
/// designated officers, with 80 to 300), and degree "stubs" are paired mostly within the person's own
/// municipality (workshops are local), one in ten across municipalities. Self-pairs and repeats are dropped, so
/// degrees land slightly under target. About 5.7 relationships per person: at 100k people about 570k rows, of
/// which about 470k confirmed and valid, i.e. about 1M entries in the graph's adjacency arrays.
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
                if (a == b)
                    continue;
                var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
                if (seen.Add(key))
                    edges.Add((a, b));
            }
        }
        return edges;
    }

    private static int Degree(Random random)
    {
        var roll = random.Next(100);
        if (roll < 1)
            return 80 + (int)(220 * Math.Pow(random.NextDouble(), 2));
        if (roll < 5)
            return random.Next(20, 51);
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
