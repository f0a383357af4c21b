using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Network.Api.Commands.Synthetic;

/// <summary>SQLite: a prepared INSERT per table, reused for every row inside the generator's transaction.</summary>
internal sealed class SqliteBulkStore(SqliteConnection connection, SqliteTransaction transaction) : IBulkStore
{
    public IBulkTable Table(string name, params string[] columns) =>
        new SqliteBulkTable(connection, transaction, name, columns);

    public void Complete() { }

    private sealed class SqliteBulkTable : IBulkTable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public SqliteBulkTable(
            SqliteConnection connection,
            SqliteTransaction transaction,
            string table,
            string[] columns
        )
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

        public void Insert(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var p = _parameters[i];
                // The store's own formats: Guids and enums as text, DateOnly as yyyy-MM-dd, booleans as 0/1, lists
                // as the JSON array EF keeps a primitive collection in.
                (p.SqliteType, p.Value) = values[i] switch
                {
                    null => (SqliteType.Text, DBNull.Value),
                    Guid g => (SqliteType.Text, g.ToString().ToUpperInvariant()),
                    Enum e => (SqliteType.Text, e.ToString()),
                    DateOnly d => (SqliteType.Text, d.ToString("yyyy-MM-dd")),
                    bool b => (SqliteType.Integer, b ? 1L : 0L),
                    int n => (SqliteType.Integer, (long)n),
                    long n => (SqliteType.Integer, n),
                    string[] list => (SqliteType.Text, JsonSerializer.Serialize(list)),
                    var other => (SqliteType.Text, other),
                };
            }
            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }
}
