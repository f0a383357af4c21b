using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Network.Application.Persistence;

/// <summary>Which database the service keeps its data in: <c>Database:Provider</c>, SQLite unless told otherwise.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

public static class StoreProviders
{
    public const string Setting = "Database:Provider";

    /// <summary>The assembly holding PostgreSQL's migration set (SQLite's lives in this one, as it always did).</summary>
    public const string PostgresMigrationsAssembly = "Network.Application.Postgres";

    public const string DefaultSqliteConnection = "Data Source=data/network.db";

    /// <summary>The configured provider; an unknown name is refused at start, in one line, like any bad setting.</summary>
    public static StoreProvider From(IConfiguration configuration) =>
        configuration[Setting] switch
        {
            null or "" => StoreProvider.Sqlite,
            var v when v.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => StoreProvider.Sqlite,
            var v
                when v.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
                    || v.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => StoreProvider.Postgres,
            var v => throw new StoreUnusableException(
                $"{Setting} is '{StoreFile.OneLine(v)}': use Sqlite (the default) or Postgres."
            ),
        };

    /// <summary>Points the context at the configured store, with that provider's migration set.</summary>
    public static DbContextOptionsBuilder UseStore(
        this DbContextOptionsBuilder options,
        StoreProvider provider,
        string? connectionString
    ) =>
        provider switch
        {
            StoreProvider.Postgres => options.UseNpgsql(
                connectionString
                    ?? throw new StoreUnusableException(
                        "ConnectionStrings:Network is not set: with Database:Provider=Postgres it names the database "
                            + "(Host=...;Database=...;Username=...)."
                    ),
                o => o.MigrationsAssembly(PostgresMigrationsAssembly)
            ),
            _ => options.UseSqlite(connectionString ?? DefaultSqliteConnection),
        };

    public static bool IsPostgres(this NetworkDbContext db) => db.Database.IsNpgsql();
}
