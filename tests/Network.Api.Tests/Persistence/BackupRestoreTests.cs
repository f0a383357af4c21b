using System.Diagnostics;
using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;
using Npgsql;

namespace Network.Api.Tests.Persistence;

/// <summary>
/// The README's backup and restore, done as it says while the service runs (SQLite: <c>sqlite3 ... ".backup ..."</c>;
/// PostgreSQL: <c>pg_dump -Fc</c> and <c>pg_restore</c>): a service started on the restored store answers exactly
/// as the original did, including a change made just before the backup.
/// </summary>
public sealed class BackupRestoreTests
{
    private static readonly string[] Reads =
    [
        "/api/v1/organisations?pageSize=100",
        "/api/v1/professionals?pageSize=100",
        "/api/v1/covenants",
        "/api/v1/trust-relationships",
    ];

    [Fact]
    public async Task A_restored_backup_serves_the_same_answers()
    {
        await using var source = new NetworkApiFactory();
        var coordinator = source.ClientFor("coordinator.amberveen");
        var created = await coordinator.PostJsonAsync(
            "/api/v1/organisations",
            new
            {
                name = "Backup test school",
                kind = "school",
                domains = new[] { "education" },
                municipalities = new[] { "GM9901" },
            }
        );
        var id = (await created.ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var before = await AnswersAsync(source, id);

        using var copy = TestDatabase.Create("network-restored");
        if (source.Store.Provider == StoreProvider.Postgres)
            await DumpAndRestoreAsync(source.Store, copy);
        else
            await RunAsync("sqlite3", source.Store.SqlitePath!, $".backup '{copy.SqlitePath}'");
        await using var restored = new RestoredFactory(copy);

        Assert.Equal(before, await AnswersAsync(restored, id));
    }

    private static async Task<List<string>> AnswersAsync(NetworkApiFactory factory, string organisation)
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var answers = new List<string>();
        foreach (var url in Reads.Append($"/api/v1/organisations/{organisation}"))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            answers.Add($"{url} {await response.Content.ReadAsStringAsync()}");
        }
        return answers;
    }

    /// <summary><c>pg_dump -Fc</c> of the running service's database, <c>pg_restore</c> into an empty one.</summary>
    private static async Task DumpAndRestoreAsync(TestDatabase from, TestDatabase to)
    {
        var dump = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.dump");
        try
        {
            var bin = PostgresBin();
            await RunAsync(Path.Combine(bin, "pg_dump"), "-Fc", "-f", dump, "-d", Uri(from));
            await RunAsync(Path.Combine(bin, "pg_restore"), "--no-owner", "--exit-on-error", "-d", Uri(to), dump);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static string Uri(TestDatabase store)
    {
        var b = new NpgsqlConnectionStringBuilder(store.ConnectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    private static string PostgresBin() =>
        Directory
            .GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_dump")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Last();

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await error}");
    }

    /// <summary>A host on the restored store (it was there: no demo seed, as at any restart).</summary>
    private sealed class RestoredFactory(TestDatabase restored) : NetworkApiFactory
    {
        protected override IDictionary<string, string?> Settings => restored.Settings;
    }
}
