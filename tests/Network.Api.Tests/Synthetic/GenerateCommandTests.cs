using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Network.Api.Commands;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;

namespace Network.Api.Tests.Synthetic;

/// <summary>
/// The benchmark generator (<c>generate</c>) writes the same synthetic network for the same seed into a SQLite file
/// and into this run's store (a PostgreSQL database when NETWORK_TEST_POSTGRES is set, CI's second pass; else a
/// second SQLite file): the same rows, and a service on each gives the same lookup answers to the same synthetic
/// askers. A store that holds data is refused without --force and replaced, not added to, with it.
/// </summary>
public sealed partial class GenerateCommandTests : IDisposable
{
    private const string SigningKey = "test-signing-key-for-the-generator-test-0123456789";

    private static readonly string[] Tables =
    [
        "Municipalities",
        "Organisations",
        "OrganisationContactPoint",
        "Workshops",
        "Professionals",
        "ProfessionalMunicipality",
        "ProfessionalDomain",
        "ContactPoints",
        "Memberships",
        "TrustRelationships",
        "Routes",
        "RouteStep",
        "Covenants",
        "CovenantSignatory",
    ];

    private static readonly string[] Concerns = ["radicalisation", "domestic-violence"];

    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"network-gen-{Guid.NewGuid():N}.db");
    private readonly TestDatabase _store = TestDatabase.Create("network-gen");
    private readonly string _logins = Path.Combine(Path.GetTempPath(), $"network-gen-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_same_seed_gives_the_same_network_and_answers_on_both_stores()
    {
        Assert.Equal(0, await GenerateIntoSqliteAsync());
        Assert.Equal(0, await GenerateIntoStoreAsync());

        var sqlite = TestDatabase.ForSqliteFile(_sqlitePath);
        var counts = await CountsAsync(sqlite);
        Assert.Equal(200, counts["Professionals"]);
        Assert.True(counts["TrustRelationships"] > 500, $"{counts["TrustRelationships"]} trust rows");
        Assert.Equal(counts, await CountsAsync(_store));

        var sqliteLogins = Logins(_logins + ".sqlite.json");
        var storeLogins = Logins(_logins + ".store.json");
        Assert.Equal(20, sqliteLogins.Count);
        Assert.Equal(sqliteLogins.Select(l => l.Municipality), storeLogins.Select(l => l.Municipality));
        await using var onSqlite = new StoreFactory(sqlite);
        await using var onStore = new StoreFactory(_store);
        var answered = 0;
        for (var i = 0; i < 5; i++)
            foreach (var concern in Concerns)
            {
                var a = await LookupAsync(onSqlite, sqliteLogins[i].Token, concern);
                var b = await LookupAsync(onStore, storeLogins[i].Token, concern);
                Assert.True(
                    a.SequenceEqual(b),
                    $"asker {i}, {concern}:\n"
                        + string.Join(
                            "\n",
                            a.Zip(b).Where(x => x.First != x.Second).Select(x => $"{x.First}\n{x.Second}")
                        )
                );
                answered += a.Count;
            }
        Assert.True(answered > 10, "the synthetic askers found contacts");
    }

    [Fact]
    public async Task A_store_with_data_is_refused_without_force_and_replaced_with_it()
    {
        Assert.Equal(0, await GenerateIntoStoreAsync());
        var counts = await CountsAsync(_store);

        Assert.Equal(1, await GenerateIntoStoreAsync());
        Assert.Equal(counts, await CountsAsync(_store));

        Assert.Equal(0, await GenerateIntoStoreAsync("--force"));
        Assert.Equal(counts, await CountsAsync(_store));
    }

    private Task<int> GenerateIntoSqliteAsync() =>
        GenerateCommand.RunAsync(
            [.. Arguments(_logins + ".sqlite.json"), "--database", _sqlitePath],
            Settings(new Dictionary<string, string?>())
        );

    private Task<int> GenerateIntoStoreAsync(params string[] extra) =>
        GenerateCommand.RunAsync(
            [
                .. Arguments(_logins + ".store.json"),
                .. _store.Provider == StoreProvider.Sqlite ? ["--database", _store.SqlitePath!] : Array.Empty<string>(),
                .. extra,
            ],
            Settings(_store.Provider == StoreProvider.Postgres ? _store.Settings : new Dictionary<string, string?>())
        );

    private static string[] Arguments(string logins) =>
        ["--professionals", "200", "--municipalities", "2", "--seed", "7", "--logins", logins];

    private static IConfiguration Settings(IDictionary<string, string?> store) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>(store)
                {
                    ["Auth:SigningKey"] = SigningKey,
                    ["Auth:Issuer"] = "network-dev",
                    ["Auth:Audience"] = "network-api",
                }
            )
            .Build();

    private static async Task<Dictionary<string, long>> CountsAsync(TestDatabase store)
    {
        using var connection = store.OpenConnection();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        return counts;
    }

    private sealed record Login(string Token, string Municipality);

    private static List<Login> Logins(string path) =>
        JsonNode
            .Parse(File.ReadAllText(path))!
            .AsArray()
            .Select(l => new Login(l!["token"]!.GetValue<string>(), l["municipality"]!.GetValue<string>()))
            .ToList();

    /// <summary>
    /// The answer's contacts without their ids (new Guids each run), ranks and trust paths (ties between equally good
    /// contacts, and between equally short paths, are broken by id), sorted: who is offered, at which trust distance,
    /// with which contact points, organisations, covenants and expertise.
    /// </summary>
    private static async Task<List<string>> LookupAsync(NetworkApiFactory factory, string token, string concern)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostJsonAsync("/api/v1/lookups", new { concernType = concern });
        var answer = (await response.ExpectAsync(HttpStatusCode.OK))!;
        return answer["contacts"]!
            .AsArray()
            .Select(c =>
            {
                var contact = c!.AsObject();
                foreach (var byId in new[] { "rank", "trustPath", "reason" })
                    contact.Remove(byId);
                return Guids().Replace(contact.ToJsonString(), "<id>");
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();

    /// <summary>A host on a generated store (it was there: no demo seed), trusting the generator's signing key.</summary>
    private sealed class StoreFactory(TestDatabase store) : NetworkApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(store.Settings) { ["Auth:SigningKey"] = SigningKey };
    }

    public void Dispose()
    {
        _store.Dispose();
        TestDatabase.ForSqliteFile(_sqlitePath).Dispose();
        foreach (var suffix in new[] { ".sqlite.json", ".store.json" })
            File.Delete(_logins + suffix);
    }
}
