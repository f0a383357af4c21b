using System.Diagnostics;

namespace Network.Api.Hosting;

/// <summary>
/// Benchmark mode only: the server time of every request (from the first middleware until the response is complete)
/// and the garbage collector's pauses, read back by <c>GET /bench/server-times</c>. A client's latency figures
/// include the client and the network, and wrk's p99 adds synthetic samples for each stall (its coordinated-omission
/// correction), so one long pause shows up as a whole percentile; the server's own clock tells which it was.
/// </summary>
public sealed class ServerTimes
{
    private const int Capacity = 1 << 20;
    private readonly long[] _ticks = new long[Capacity];
    private int _count;
    private TimeSpan _pauseAtReset = GC.GetTotalPauseDuration();
    private int[] _collectionsAtReset = Collections();

    public void Record(long elapsedTicks)
    {
        var i = Interlocked.Increment(ref _count) - 1;
        if (i < Capacity)
            _ticks[i] = elapsedTicks;
    }

    public void Reset()
    {
        Volatile.Write(ref _count, 0);
        _pauseAtReset = GC.GetTotalPauseDuration();
        _collectionsAtReset = Collections();
    }

    /// <summary>Milliseconds at the given percentiles of the requests since the last reset, and the GC's share.</summary>
    public Summary Read()
    {
        var n = Math.Min(Volatile.Read(ref _count), Capacity);
        var sorted = _ticks.AsSpan(0, n).ToArray();
        Array.Sort(sorted);
        double Ms(double p) =>
            n == 0 ? 0 : sorted[Math.Min(n - 1, (int)Math.Ceiling(p * n) - 1)] * 1000.0 / Stopwatch.Frequency;
        var collections = Collections();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return new Summary(
            n,
            Ms(0.50),
            Ms(0.99),
            Ms(1.0),
            (GC.GetTotalPauseDuration() - _pauseAtReset).TotalMilliseconds,
            info.PauseDurations.Length > 0 ? info.PauseDurations[0].TotalMilliseconds : 0,
            [.. collections.Select((c, gen) => c - _collectionsAtReset[gen])]
        );
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <param name="Requests">Requests completed since the last reset.</param>
    /// <param name="P50Ms">Median server time.</param>
    /// <param name="P99Ms">99th percentile of the server time.</param>
    /// <param name="MaxMs">The slowest request.</param>
    /// <param name="GcPauseMs">Time the garbage collector paused the process since the last reset.</param>
    /// <param name="LastGcPauseMs">The pause of the most recent collection of any kind.</param>
    /// <param name="Collections">Collections of generation 0, 1 and 2 since the last reset.</param>
    public sealed record Summary(
        int Requests,
        double P50Ms,
        double P99Ms,
        double MaxMs,
        double GcPauseMs,
        double LastGcPauseMs,
        int[] Collections
    );
}
