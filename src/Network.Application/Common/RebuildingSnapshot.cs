using Microsoft.Extensions.Logging;

namespace Network.Application.Common;

/// <summary>
/// An immutable snapshot that is rebuilt in the background and swapped in atomically.
/// <para>
/// <see cref="Invalidate"/> starts a rebuild at once; invalidations that arrive while one runs are folded into
/// the next, so bursts coalesce (the debounce) without a timer delaying the first change. A reader that starts
/// after an invalidation waits for the rebuild that includes it (<see cref="GetAsync"/>): read-your-writes.
/// Readers that do not follow a change never wait; they get the current snapshot with one volatile read.
/// <see cref="RefreshInBackground"/> rebuilds without making anyone wait (periodic safety net).
/// </para>
/// </summary>
public sealed class RebuildingSnapshot<T>(Func<CancellationToken, Task<T>> build, ILogger logger, string name)
    where T : class
{
    private T? _current;
    private long _requested = 1; // the initial build counts as requested
    private long _built;
    private int _running;
    private int _refresh;
    private TaskCompletionSource _rebuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The latest snapshot, or null before the first build finished.</summary>
    public T? Current => Volatile.Read(ref _current);

    /// <summary>How many invalidations the current snapshot includes.</summary>
    public long Built => Volatile.Read(ref _built);

    public void Invalidate()
    {
        Interlocked.Increment(ref _requested);
        Kick();
    }

    public void RefreshInBackground()
    {
        Volatile.Write(ref _refresh, 1);
        Kick();
    }

    /// <summary>
    /// The snapshot including every invalidation made before this call. With <paramref name="waitForFirst"/> false,
    /// returns null at once while the very first build is still running.
    /// </summary>
    /// <param name="maxWait">How long to wait for a pending rebuild when a snapshot exists; after that the current one is served.</param>
    public async ValueTask<T?> GetAsync(bool waitForFirst, CancellationToken ct, TimeSpan? maxWait = null)
    {
        var want = Volatile.Read(ref _requested);
        var deadline = maxWait is { } w ? DateTime.UtcNow + w : DateTime.MaxValue;
        while (Volatile.Read(ref _built) < want)
        {
            if (Current is null && !waitForFirst)
            {
                Kick();
                return null;
            }
            var signal = Volatile.Read(ref _rebuilt);
            if (Volatile.Read(ref _built) >= want)
                break;
            Kick();
            if (Current is null || deadline == DateTime.MaxValue)
            {
                await signal.Task.WaitAsync(ct);
                continue;
            }
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
                break;
            try
            {
                await signal.Task.WaitAsync(remaining, ct);
            }
            catch (TimeoutException)
            {
                break;
            }
        }
        return Current;
    }

    private void Kick()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
            _ = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                var target = Volatile.Read(ref _requested);
                var refresh = Interlocked.Exchange(ref _refresh, 0) == 1;
                if (target <= Volatile.Read(ref _built) && !refresh)
                    break;
                try
                {
                    Volatile.Write(ref _current, await build(CancellationToken.None));
                }
                catch (Exception e)
                {
                    // Keep serving the previous snapshot; waiting readers are released below and a later
                    // invalidation or refresh retries.
                    logger.SnapshotRebuildFailed(e, name);
                }
                Volatile.Write(ref _built, Math.Max(target, Volatile.Read(ref _built)));
                Interlocked
                    .Exchange(
                        ref _rebuilt,
                        new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
                    )
                    .TrySetResult();
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
            // An invalidation may have slipped in between the last check and the release above.
            if (Volatile.Read(ref _requested) > Volatile.Read(ref _built) || Volatile.Read(ref _refresh) == 1)
                Kick();
        }
    }
}
