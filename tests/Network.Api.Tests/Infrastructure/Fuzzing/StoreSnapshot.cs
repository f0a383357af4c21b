using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>
/// A cheap fingerprint of the whole store: the row count of every table and the sum of every Version column.
/// Every accepted change adds an audit row and bumps a version or adds rows, so a refused request must leave
/// the fingerprint exactly as it was.
/// </summary>
public static class StoreSnapshot
{
    public static Task<string> TakeAsync(NetworkApiFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Sql(db);
                await using var reader = await command.ExecuteReaderAsync();
                var parts = new List<string>();
                while (await reader.ReadAsync())
                    parts.Add(
                        $"{reader.GetString(0)}={reader.GetInt64(1)}/{(reader.IsDBNull(2) ? 0 : reader.GetInt64(2))}"
                    );
                return string.Join(' ', parts);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    public static int AuditCount(string snapshot) =>
        int.Parse(
            snapshot.Split(' ').Single(p => p.StartsWith("AuditEvents=", StringComparison.Ordinal)).Split('=', '/')[1]
        );

    private static string? _sql;

    private static string Sql(NetworkDbContext db) =>
        _sql ??= string.Join(
            " UNION ALL ",
            db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
                .GroupBy(e => e.GetTableName()!)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var version = g.SelectMany(e => e.GetProperties())
                        .FirstOrDefault(p => p.Name == "Version")
                        ?.GetColumnName();
                    return $"SELECT '{g.Key}', COUNT(*), {(version is null ? "0" : $"SUM(\"{version}\")")} FROM \"{g.Key}\"";
                })
        );
}
