using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Npgsql;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// A fresh, empty store for one test host: a SQLite file in the temp folder, or, when <see cref="Variable"/> names a
/// PostgreSQL server, a database of its own on it (<c>network_test_&lt;guid&gt;</c>), dropped when disposed. So the
/// same suite runs on both stores; locally, without the variable, everything stays on SQLite.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>A connection string to the server without a database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public const string Variable = "NETWORK_TEST_POSTGRES";

    public static string? PostgresServer =>
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    /// <summary>Whether this run's stores are PostgreSQL databases.</summary>
    public static bool OnPostgres => PostgresServer is not null;

    private readonly string? _database;

    private TestDatabase(StoreProvider provider, string connectionString, string? sqlitePath, string? database)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _database = database;
    }

    public StoreProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The host settings that point a service at this store.</summary>
    public IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>
        {
            ["ConnectionStrings:Network"] = ConnectionString,
            [StoreProviders.Setting] = Provider.ToString(),
        };

    /// <summary>The same as environment variables, for a service started as a process.</summary>
    public IDictionary<string, string> Environment =>
        new Dictionary<string, string>
        {
            ["ConnectionStrings__Network"] = ConnectionString,
            ["Database__Provider"] = Provider.ToString(),
        };

    public static TestDatabase Create(string prefix = "network-test")
    {
        if (PostgresServer is not { } server)
        {
            var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");
            return new(StoreProvider.Sqlite, $"Data Source={path}", path, null);
        }
        var name = $"network_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(AdminConnection(server)))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            // UTF8 and the C locale whatever the cluster's defaults: the columns are "C"-collated anyway.
            create.CommandText =
                $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'";
            create.ExecuteNonQuery();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new(StoreProvider.Postgres, cs, null, name);
    }

    /// <summary>A SQLite file whatever this run's store (e.g. one side of a comparison between the stores).</summary>
    public static TestDatabase ForSqliteFile(string path) =>
        new(StoreProvider.Sqlite, $"Data Source={path}", path, null);

    /// <summary>A context on this store without the service's interceptors, for tests of the store itself.</summary>
    public NetworkDbContext OpenContext()
    {
        var options = new DbContextOptionsBuilder<NetworkDbContext>();
        options.UseStore(Provider, ConnectionString);
        return new NetworkDbContext(options.Options);
    }

    /// <summary>A plain connection of its own (not pooled), as the next start of the service would open the store.</summary>
    public System.Data.Common.DbConnection OpenConnection()
    {
        System.Data.Common.DbConnection connection =
            Provider == StoreProvider.Postgres
                ? new NpgsqlConnection(
                    new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString()
                )
                : new SqliteConnection($"{ConnectionString};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string AdminConnection(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString();

    public void Dispose()
    {
        if (_database is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(SqlitePath + suffix);
                }
                catch (IOException) { }
            }
            return;
        }
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        try
        {
            using var admin = new NpgsqlConnection(AdminConnection(PostgresServer!));
            admin.Open();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException) { } // the cluster is thrown away after the run anyway
    }
}

/// <summary>
/// A test about the SQLite file itself (damage, start-up safety on files, crash durability of the file, its backup):
/// skipped, with the reason, when the suite runs on PostgreSQL.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string why = "about the SQLite file")
    {
        if (TestDatabase.OnPostgres)
            Skip = $"SQLite only: {why}";
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string why = "about the SQLite file")
    {
        if (TestDatabase.OnPostgres)
            Skip = $"SQLite only: {why}";
    }
}

/// <summary>A test of PostgreSQL's behaviour: skipped unless the suite runs on PostgreSQL.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabase.OnPostgres)
            Skip = $"PostgreSQL only: set {TestDatabase.Variable} to run it";
    }
}
