using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Network.Application.Persistence;

/// <summary>Start-up checks on the opened store, and the one-line explanation of a SQLite error at start-up.</summary>
internal static class StoreChecks
{
    /// <summary>
    /// SQLite opens a write-protected file read-only without saying so (and <c>Mode=ReadOnly</c> asks for it); the
    /// service writes, so it refuses here rather than fail on its first migration or save.
    /// </summary>
    public static void RefuseReadOnly(SqliteConnection connection, StoreFile store)
    {
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            throw new StoreUnusableException(
                $"Database file {store.Display} is read-only (Mode=ReadOnly in the "
                    + "connection string, or the file or its folder is write-protected): make it writable; the service writes to it."
            );
    }

    /// <summary>
    /// <c>PRAGMA quick_check</c>: every page of every table and index is read and its structure checked (O(N); it
    /// does not compare index entries with rows, which <c>integrity_check</c> does at several times the cost).
    /// A damaged page otherwise passes start-up and readiness and fails reads of whatever lives on it.
    /// </summary>
    public static async Task<TimeSpan> RefuseDamagedAsync(
        SqliteConnection connection,
        StoreFile store,
        CancellationToken ct
    )
    {
        var watch = Stopwatch.StartNew();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        command.CommandTimeout = 0; // a large store takes seconds; it is checked once per start
        var finding = Convert.ToString(await command.ExecuteScalarAsync(ct));
        if (finding != "ok")
            throw new StoreUnusableException(
                $"Database file {store.Display} failed its integrity check "
                    + $"({StoreFile.OneLine(finding ?? "no answer")}): it is damaged; restore it from a backup."
            );
        return watch.Elapsed;
    }

    /// <summary>What a SQLite error at start-up means for the operator, in one line.</summary>
    public static StoreUnusableException Explain(SqliteException e, StoreFile store)
    {
        var file = store.Display;
        var detail = StoreFile.OneLine(e.Message);
        return new StoreUnusableException(
            e.SqliteErrorCode switch
            {
                11 =>
                    $"Database file {file} failed its integrity check ({detail}): it is damaged; restore it from a backup.",
                26 =>
                    $"Database file {file} is not a SQLite database ({detail}): point ConnectionStrings:Network at the "
                        + "service's database, or restore it from a backup.",
                8 => $"Database file {file} is read-only ({detail}): make the file and its folder writable.",
                3 or 14 or 23 =>
                    $"Database file {file} cannot be opened ({detail}): check that the path exists and that "
                        + "the service may read and write the file and its folder.",
                10 => $"Database file {file} cannot be read or written ({detail}): check the disk and the file system.",
                13 => $"Database file {file} cannot grow ({detail}): free disk space.",
                5 or 6 => $"Database file {file} is locked ({detail}): stop the other process that holds it.",
                _ => $"Database file {file} cannot be prepared ({detail}).",
            }
        );
    }
}
