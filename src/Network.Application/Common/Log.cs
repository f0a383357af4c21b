using Microsoft.Extensions.Logging;

namespace Network.Application.Common;

/// <summary>
/// Every event the application layer logs, in one place (source-generated, so a disabled level costs nothing).
/// None carries request text or personal data: counts, durations, store names and exception details only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Integrity check of {Store} passed in {Milliseconds:0} ms")]
    public static partial void IntegrityCheckPassed(this ILogger logger, string store, double milliseconds);

    [LoggerMessage(
        1002,
        LogLevel.Information,
        "Demo:Seed is on, but {Store} existed before this start: the demo network is not seeded"
    )]
    public static partial void DemoSeedSkipped(this ILogger logger, string store);

    [LoggerMessage(1003, LogLevel.Information, "Seeded the demo network")]
    public static partial void DemoNetworkSeeded(this ILogger logger);

    [LoggerMessage(
        1004,
        LogLevel.Critical,
        "The store is damaged ({Damage}): readiness fails from now on; restore it from a backup"
    )]
    public static partial void StoreDamaged(this ILogger logger, string damage);

    [LoggerMessage(1101, LogLevel.Error, "Rebuilding the {Snapshot} failed")]
    public static partial void SnapshotRebuildFailed(this ILogger logger, Exception exception, string snapshot);

    [LoggerMessage(
        1102,
        LogLevel.Information,
        "Lookup directory rebuilt: {People} listed professionals in {Elapsed} ms"
    )]
    public static partial void LookupDirectoryRebuilt(this ILogger logger, int people, int elapsed);

    [LoggerMessage(
        1103,
        LogLevel.Information,
        "Trust graph rebuilt ({Kind}): {Nodes} people, {Edges} edges in {Elapsed} ms"
    )]
    public static partial void TrustGraphRebuilt(this ILogger logger, string kind, int nodes, int edges, int elapsed);

    [LoggerMessage(
        1105,
        LogLevel.Debug,
        "Lookup directory updated: {Entries} change log entries, {People} people changed, in {Elapsed:0.0} ms"
    )]
    public static partial void LookupDirectoryUpdated(this ILogger logger, int entries, int people, double elapsed);

    [LoggerMessage(1104, LogLevel.Error, "Writing lookup counters failed")]
    public static partial void LookupCountersFailed(this ILogger logger, Exception exception);
}
