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
    /// otherwise its root page. Checkpoints the WAL first, so the page is in the main file. Returns the page number.
    /// </summary>
    public static long DamageTablePage(string path, string table, bool root = false)
    {
        long page;
        int pageSize;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            pageSize = Convert.ToInt32(Scalar(connection, "PRAGMA page_size;"));
            var leaves = root ? [] : Leaves(connection, table);
            page = leaves.Count > 0
                ? leaves[leaves.Count / 2]
                : Convert.ToInt64(Scalar(connection, $"SELECT rootpage FROM sqlite_schema WHERE name = '{table}';"));
        }
        var garbage = new byte[pageSize];
        new Random(11).NextBytes(garbage);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        file.Position = (page - 1) * pageSize;
        file.Write(garbage);
        file.Flush(flushToDisk: true);
        return page;
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
            while (reader.Read()) pages.Add(reader.GetInt64(0));
            return pages;
        }
        catch (SqliteException) { return []; } // built without the dbstat table
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
