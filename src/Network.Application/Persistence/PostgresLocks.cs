namespace Network.Application.Persistence;

/// <summary>
/// The transaction-scoped advisory locks this service takes on PostgreSQL, in one place so no two uses share a key.
/// Each is held from the statement that takes it until its transaction ends; SQLite needs none (one writer at a time).
/// </summary>
public static class PostgresLocks
{
    /// <summary>Change-log writers take turns from their first row to their commit (see ChangeRecorder).</summary>
    public const long ChangeLogOrder = 0x4e65_7477_436c_6f67; // "NetwClog"

    /// <summary>Outbox claims take turns, so two instances never lease the same message (see OutboxSender).</summary>
    public const long OutboxClaim = 0x4e65_7477_4f75_7462; // "NetwOutb"

    /// <summary>The statement that waits for <paramref name="key"/> and holds it until the transaction ends.</summary>
    public static string TakeTurn(long key) => $"SELECT pg_advisory_xact_lock({key})";
}
