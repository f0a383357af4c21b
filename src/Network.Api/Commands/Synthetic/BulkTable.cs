using Microsoft.Data.Sqlite;

namespace Network.Api.Commands.Synthetic;

/// <summary>A prepared INSERT reused for every row of one table inside the generator's single transaction.</summary>
internal sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkTable(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        foreach (var p in _parameters)
            p.Value = DBNull.Value;
        _command.Prepare();
    }

    public int Rows { get; private set; }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var p = _parameters[i];
            // The store's own formats: Guids and enums as text, DateOnly as yyyy-MM-dd, booleans as 0/1.
            (p.SqliteType, p.Value) = values[i] switch
            {
                null => (SqliteType.Text, DBNull.Value),
                Guid g => (SqliteType.Text, g.ToString().ToUpperInvariant()),
                Enum e => (SqliteType.Text, e.ToString()),
                DateOnly d => (SqliteType.Text, d.ToString("yyyy-MM-dd")),
                bool b => (SqliteType.Integer, b ? 1L : 0L),
                int n => (SqliteType.Integer, (long)n),
                long n => (SqliteType.Integer, n),
                var other => (SqliteType.Text, other),
            };
        }
        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
