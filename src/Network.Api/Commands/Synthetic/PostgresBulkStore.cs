using Npgsql;
using NpgsqlTypes;

namespace Network.Api.Commands.Synthetic;

/// <summary>
/// PostgreSQL: rows are buffered and written with binary COPY, typed by the migrated table's own column types. A
/// connection runs one COPY at a time while the generator fills several tables at once (a person, their contact
/// points, their memberships), so every flush copies all tables' buffers in the order the tables were opened: a
/// parent's rows always reach the database before its children's, and foreign keys hold at every flush.
/// </summary>
internal sealed class PostgresBulkStore(NpgsqlConnection connection) : IBulkStore
{
    /// <summary>Rows held before a flush: bounded memory at any network size, COPYs large enough to be cheap.</summary>
    private const int FlushEvery = 50_000;

    private readonly List<PostgresBulkTable> _tables = [];
    private int _buffered;

    public IBulkTable Table(string name, params string[] columns)
    {
        var table = new PostgresBulkTable(this, name, columns, ColumnTypes(name, columns));
        _tables.Add(table);
        return table;
    }

    public void Complete() => Flush();

    private void Buffered()
    {
        if (++_buffered >= FlushEvery)
            Flush();
    }

    private void Flush()
    {
        foreach (var table in _tables)
            table.Copy(connection);
        _buffered = 0;
    }

    private NpgsqlDbType[] ColumnTypes(string table, string[] columns)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            + "WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped";
        command.Parameters.AddWithValue(table);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                types[reader.GetString(0)] = reader.GetString(1);
        return columns
            .Select(c =>
                types.TryGetValue(c, out var t)
                    ? DbType(t, table, c)
                    : throw new InvalidOperationException($"Table {table} has no column {c}.")
            )
            .ToArray();
    }

    private static NpgsqlDbType DbType(string typname, string table, string column) =>
        typname switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "varchar" => NpgsqlDbType.Varchar,
            "text" => NpgsqlDbType.Text,
            "bool" => NpgsqlDbType.Boolean,
            "int2" => NpgsqlDbType.Smallint,
            "int4" => NpgsqlDbType.Integer,
            "int8" => NpgsqlDbType.Bigint,
            "date" => NpgsqlDbType.Date,
            "_text" => NpgsqlDbType.Array | NpgsqlDbType.Text,
            _ => throw new InvalidOperationException($"The generator cannot write {table}.{column} of type {typname}."),
        };

    private sealed class PostgresBulkTable(
        PostgresBulkStore store,
        string table,
        string[] columns,
        NpgsqlDbType[] types
    ) : IBulkTable
    {
        private readonly List<object?[]> _rows = [];

        public void Insert(params object?[] values)
        {
            if (values.Length != columns.Length)
                throw new ArgumentException($"{table} takes {columns.Length} values, not {values.Length}.");
            _rows.Add(values);
            store.Buffered();
        }

        public void Copy(NpgsqlConnection connection)
        {
            if (_rows.Count == 0)
                return;
            using (
                var importer = connection.BeginBinaryImport(
                    $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"
                )
            )
            {
                foreach (var row in _rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < row.Length; i++)
                        Write(importer, row[i], types[i]);
                }
                importer.Complete();
            }
            _rows.Clear();
        }

        // The same values the SQLite writer takes, in PostgreSQL's types: enums as their names (EF stores them as
        // text on both), lists as text[].
        private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
        {
            switch (value)
            {
                case null:
                    importer.WriteNull();
                    break;
                case Guid g:
                    importer.Write(g, type);
                    break;
                case Enum e:
                    importer.Write(e.ToString(), type);
                    break;
                case DateOnly d:
                    importer.Write(d, type);
                    break;
                case bool b:
                    importer.Write(b, type);
                    break;
                case int n when type == NpgsqlDbType.Bigint:
                    importer.Write((long)n, type);
                    break;
                case int n:
                    importer.Write(n, type);
                    break;
                case long n:
                    importer.Write(n, type);
                    break;
                case string s:
                    importer.Write(s, type);
                    break;
                case string[] list:
                    importer.Write(list, type);
                    break;
                default:
                    throw new InvalidOperationException($"The generator cannot write a {value.GetType().Name}.");
            }
        }

        // Rows stay buffered until the store flushes: a table closed early still waits for its parents' turn.
        public void Dispose() { }
    }
}
