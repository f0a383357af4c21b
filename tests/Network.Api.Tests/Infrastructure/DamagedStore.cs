using Microsoft.Data.Sqlite;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// Damages a SQLite file the way a bad disk sector or a torn write does: one page of a table overwritten with
/// garbage, everything else intact.
/// </summary>
public static class DamagedStore
{
    /// <summary>
    /// Overwrites one page of <paramref name="table"/>: its middle leaf when dbstat knows the table's pages,
    /// otherwise its root page. Checkpoints the WAL first, so the page is in the main file. Returns what it overwrote.
    /// </summary>
    public static Damage DamageTablePage(string path, string table, bool root = false)
    {
        long page;
        int pageSize;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            // Busy (1 in the first column) while another connection reads: the page would still be served from the WAL.
            for (var i = 0; Convert.ToInt32(Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE);")) != 0; i++)
            {
                if (i == 50)
                    throw new InvalidOperationException($"{path}: the WAL could not be checkpointed");
                Thread.Sleep(100);
            }
            pageSize = Convert.ToInt32(Scalar(connection, "PRAGMA page_size;"));
            var leaves = root ? [] : Leaves(connection, table);
            page =
                leaves.Count > 0
                    ? leaves[leaves.Count / 2]
                    : Convert.ToInt64(
                        Scalar(connection, $"SELECT rootpage FROM sqlite_schema WHERE name = '{table}';")
                    );
        }
        var garbage = new byte[pageSize];
        new Random(11).NextBytes(garbage);
        var original = new byte[pageSize];
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Position = (page - 1) * pageSize;
        file.ReadExactly(original);
        file.Position = (page - 1) * pageSize;
        file.Write(garbage);
        file.Flush(flushToDisk: true);
        return new Damage(path, (page - 1) * pageSize, original);
    }

    /// <summary>An overwritten page and what was there, to put it back.</summary>
    public sealed record Damage(string Path, long Offset, byte[] Original)
    {
        public void Restore()
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            file.Position = Offset;
            file.Write(Original);
            file.Flush(flushToDisk: true);
        }
    }

    private static List<long> Leaves(SqliteConnection connection, string table)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pageno FROM dbstat WHERE name = $t AND pagetype = 'leaf' ORDER BY pageno;";
            command.Parameters.AddWithValue("$t", table);
            using var reader = command.ExecuteReader();
            var pages = new List<long>();
            while (reader.Read())
                pages.Add(reader.GetInt64(0));
            return pages;
        }
        catch (SqliteException)
        {
            return [];
        } // built without the dbstat table
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
