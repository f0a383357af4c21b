using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Hosting;

/// <summary>
/// Durable before visible: the service is killed with SIGKILL right after its answers arrive, and the database file
/// (opened afresh, as the next start would) holds every audit record of what those answers showed and every
/// acknowledged write.
/// </summary>
public sealed class CrashDurabilityTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.Create("network-crash");

    private static readonly string[] Restricted = ["trusted", "coordinators", "private"];

    [Fact]
    public async Task Restricted_reads_shown_by_lookups_survive_a_kill_right_after_the_answers()
    {
        List<JsonNode> answers;
        await using (var service = ServiceProcess.Start(_store.ConnectionString, _store.Environment))
        {
            await service.WaitUntilReadyAsync();
            var teacher = await service.ClientForAsync("teacher.amberveen");
            var responses = await Task.WhenAll(
                Enumerable
                    .Range(0, 20)
                    .Select(_ => teacher.PostJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" }))
            );
            answers = [.. await Task.WhenAll(responses.Select(async r => (await r.ExpectAsync(HttpStatusCode.OK))!))];
            service.KillHard();
        }

        // Per owner: how many restricted contact points the answers showed the teacher.
        var shown = answers
            .SelectMany(a =>
                a["contacts"]!.AsArray().Concat(a["route"]!.AsArray().SelectMany(s => s!["people"]!.AsArray()))
            )
            .GroupBy(p => p!["id"]!.GetValue<string>().ToUpperInvariant())
            .ToDictionary(
                g => g.Key,
                g =>
                    g.Max(p =>
                        p!["contactPoints"]!
                            .AsArray()
                            .Count(cp => Restricted.Contains(cp!["visibility"]!.GetValue<string>()))
                    )
            )
            .Where(kv => kv.Value > 0)
            .ToDictionary();
        Assert.NotEmpty(shown); // the demo teacher trusts five people: their mobiles are shown

        var recorded = await QueryAsync(
            "SELECT upper(CAST(\"SubjectProfessionalId\" AS text)), COUNT(DISTINCT \"SubjectId\") FROM \"AuditEvents\" "
                + "WHERE \"Action\" = 'contact-point.read' AND upper(CAST(\"ActorProfessionalId\" AS text)) = upper(@actor) "
                + "GROUP BY upper(CAST(\"SubjectProfessionalId\" AS text))",
            ("actor", DemoNetwork.Ids.TeacherAmberveen.ToString())
        );
        foreach (var (owner, count) in shown)
            Assert.True(
                recorded.TryGetValue(owner, out var n) && n >= count,
                $"{count} restricted contact points of {owner} were shown, {n} reads recorded"
            );
    }

    [Fact]
    public async Task Acknowledged_writes_and_their_audit_records_survive_a_kill_right_after_the_answers()
    {
        string[] created;
        await using (var service = ServiceProcess.Start(_store.ConnectionString, _store.Environment))
        {
            await service.WaitUntilReadyAsync();
            var coordinator = await service.ClientForAsync("coordinator.amberveen");
            var responses = await Task.WhenAll(
                Enumerable
                    .Range(0, 20)
                    .Select(i =>
                        coordinator.PostJsonAsync(
                            "/api/v1/organisations",
                            new
                            {
                                name = $"Crash test school {i}",
                                kind = "school",
                                domains = new[] { "education" },
                                municipalities = new[] { "GM9901" },
                            }
                        )
                    )
            );
            created = await Task.WhenAll(
                responses.Select(async r => (await r.ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>())
            );
            service.KillHard();
        }

        var organisations = await QueryAsync(
            "SELECT upper(CAST(\"Id\" AS text)), 1 FROM \"Organisations\" WHERE \"Name\" LIKE 'Crash test school %'"
        );
        var audited = await QueryAsync(
            "SELECT upper(\"SubjectId\"), 1 FROM \"AuditEvents\" WHERE \"Action\" = 'organisation.create'"
        );
        foreach (var id in created)
        {
            Assert.Contains(id.ToUpperInvariant(), organisations.Keys);
            Assert.Contains(id.ToUpperInvariant(), audited.Keys);
        }
    }

    /// <summary>Opens the store as the next start would (SQLite: WAL recovery included) and reads key/count pairs.</summary>
    private async Task<Dictionary<string, long>> QueryAsync(string sql, params (string Name, string Value)[] parameters)
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var result = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result[reader.GetString(0)] = reader.GetInt64(1);
        return result;
    }

    public void Dispose() => _store.Dispose();
}
