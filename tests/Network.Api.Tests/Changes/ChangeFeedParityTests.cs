using System.Net;
using System.Text.Json.Nodes;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.GraphQL;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Changes;

/// <summary>
/// One feed, two doors: GraphQL's <c>changes</c> gives every viewer the same entries as GET /api/v1/changes (same
/// entities, same kind of change, the same version of each entity), because both call ChangeFeedService.
/// </summary>
public sealed class ChangeFeedParityTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Query = """
        query($after: String, $first: Int) { changes(after: $after, first: $first) { cursor hasMore items {
          type id nodeId change
          organisation { id databaseId name isActive version }
          professional { id databaseId displayName version contactPoints { value } }
          covenant { id databaseId title version }
          route { id databaseId version steps { order } }
          municipality { code name trustValidityMonths }
          domain { id name } profession { id name } concernType { id name } } } }
        """;

    [Fact]
    public async Task Rest_and_graphql_give_a_coordinator_and_a_teacher_the_same_entries_each_their_own()
    {
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var teacher = factory.ClientFor("teacher.amberveen");
        var coordinatorCursor = (await Mirror.ExportAsync(coordinator)).Cursor;
        var teacherCursor = (await Mirror.ExportAsync(teacher)).Cursor;

        // One organisation stays, one is deactivated: the teacher saw it active, so it is removed for her, while
        // the coordinator, who maintains inactive ones too, is given it with isActive false.
        var kept = await CreateOrganisationAsync(coordinator, $"Feed parity kept {Guid.NewGuid():N}");
        var closed = await CreateOrganisationAsync(coordinator, $"Feed parity closed {Guid.NewGuid():N}");
        var etag = (await coordinator.GetAsync($"/api/v1/organisations/{closed}")).Headers.ETag!.Tag;
        var deactivate = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/organisations/{closed}/deactivate");
        deactivate.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await coordinator.SendAsync(deactivate)).ExpectAsync(HttpStatusCode.OK);
        // A pending newcomer: the coordinator's feed names them, the teacher's never does.
        var pending = (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/professionals",
                    new
                    {
                        givenName = "Feed",
                        familyName = "Newcomer",
                        professionId = "teacher",
                        municipalities = new[] { DemoNetwork.Amberveen },
                    }
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();

        var forCoordinator = await BothDoorsAsync(coordinator, coordinatorCursor, pageSize: 2);
        var forTeacher = await BothDoorsAsync(teacher, teacherCursor, pageSize: 2);

        Assert.Contains($"ORGANISATION/{kept}/UPSERTED/", forCoordinator.Single(e => e.Contains(kept)));
        Assert.Contains($"ORGANISATION/{kept}/UPSERTED/", forTeacher.Single(e => e.Contains(kept)));
        Assert.Contains("|False|", forCoordinator.Single(e => e.Contains(closed)));
        Assert.Equal($"ORGANISATION/{closed}/REMOVED/", forTeacher.Single(e => e.Contains(closed)));
        Assert.Contains($"PROFESSIONAL/{pending}/UPSERTED/", forCoordinator.Single(e => e.Contains(pending)));
        Assert.DoesNotContain(forTeacher, e => e.Contains(pending));
    }

    [Theory]
    [InlineData("coordinator.amberveen")]
    [InlineData("teacher.amberveen")]
    public async Task The_whole_log_reads_the_same_through_both_doors(string login)
    {
        var client = factory.ClientFor(login);
        var entries = await BothDoorsAsync(client, cursor: null, pageSize: 40);
        Assert.True(entries.Count > 30, $"{login} was told of {entries.Count} entities");
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_a_field_error_on_first()
    {
        var response = await factory.ClientFor("teacher.amberveen").GraphQLAsync(Query, new { first = 101 });
        var error = response.Error("VALIDATION_FAILED");
        Assert.NotNull(error["extensions"]!["fieldErrors"]!["first"]);
        var bad = await factory.ClientFor("teacher.amberveen").GraphQLAsync(Query, new { after = "not-a-cursor" });
        Assert.NotNull(bad.Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!["after"]);
    }

    /// <summary>Reads the feed to its end through REST and through GraphQL, asserts both gave the same entries.</summary>
    private static async Task<List<string>> BothDoorsAsync(HttpClient client, string? cursor, int pageSize)
    {
        var rest = new List<string>();
        var after = cursor;
        for (var page = 0; ; page++)
        {
            Assert.True(page < 500, "the REST feed never ended");
            var query = after is null ? "" : $"&after={Uri.EscapeDataString(after)}";
            var body = (
                await (await client.GetAsync($"/api/v1/changes?pageSize={pageSize}{query}")).ExpectAsync(
                    HttpStatusCode.OK
                )
            )!;
            rest.AddRange(body["items"]!.AsArray().Select(i => FromRest(i!)));
            after = body["cursor"]!.GetValue<string>();
            if (!body["hasMore"]!.GetValue<bool>())
                break;
        }
        var graphql = new List<string>();
        after = cursor;
        for (var page = 0; ; page++)
        {
            Assert.True(page < 500, "the GraphQL feed never ended");
            var data = (await client.GraphQLAsync(Query, new { after, first = pageSize })).Ok()["changes"]!;
            graphql.AddRange(data["items"]!.AsArray().Select(i => FromGraphQL(i!)));
            after = data["cursor"]!.GetValue<string>();
            if (!data["hasMore"]!.GetValue<bool>())
                break;
        }
        Assert.Equal(rest, graphql);
        Assert.Equal(rest.Count, rest.Distinct().Count());
        return rest;
    }

    private static string FromRest(JsonNode item)
    {
        var type = item["type"]!.GetValue<string>();
        var change = item["change"]!.GetValue<string>();
        var head = $"{Constant(type)}/{item["id"]}/{change.ToUpperInvariant()}/";
        return change == "removed" ? head : head + Entity(type, item[type]!);
    }

    private static string FromGraphQL(JsonNode item)
    {
        var type = Camel(item["type"]!.GetValue<string>());
        var change = item["change"]!.GetValue<string>();
        var id = item["id"]!.GetValue<string>();
        var head = $"{item["type"]}/{id}/{change}/";
        var entity = item[type];
        if (type is "organisation" or "professional" or "covenant" or "route")
        {
            // The global id names the entity also when it is removed, as node(id:) takes it.
            Assert.Equal(GlobalId.Encode(char.ToUpperInvariant(type[0]) + type[1..], id), S(item["nodeId"]));
            if (entity is not null)
            {
                Assert.Equal(S(item["nodeId"]), S(entity["id"]));
                Assert.Equal(id, S(entity["databaseId"]));
            }
        }
        else
            Assert.Null(item["nodeId"]);
        if (change == "REMOVED")
        {
            Assert.Null(entity);
            return head;
        }
        return head + Entity(type, entity!);
    }

    /// <summary>What both doors show of an entity, in one comparable string.</summary>
    private static string Entity(string type, JsonNode e) =>
        type switch
        {
            "organisation" => $"{e["name"]}|{Flag(e["isActive"])}|{S(e["version"])}",
            "professional" => string.Join(
                "|",
                e["displayName"],
                S(e["version"]),
                string.Join(
                    ",",
                    e["contactPoints"]!.AsArray().Select(c => S(c!["value"])).Order(StringComparer.Ordinal)
                )
            ),
            "covenant" => $"{e["title"]}|{S(e["version"])}",
            "route" => $"{S(e["version"])}|{e["steps"]!.AsArray().Count}",
            "municipality" => $"{S(e["code"])}|{e["name"]}|{S(e["trustValidityMonths"])}",
            _ => $"{S(e["id"])}|{e["name"]}",
        };

    private static string Flag(JsonNode? b) => b!.GetValue<bool>() ? "True" : "False";

    private static string S(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "null";

    /// <summary>REST writes enum values camelCase, GraphQL CONSTANT_CASE.</summary>
    private static string Constant(string camel) =>
        string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static string Camel(string constant)
    {
        var words = constant.ToLowerInvariant().Split('_');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static async Task<string> CreateOrganisationAsync(HttpClient coordinator, string name) =>
        (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/organisations",
                    new
                    {
                        name,
                        kind = "school",
                        domains = new[] { "education" },
                        municipalities = new[] { DemoNetwork.Amberveen },
                    }
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
}
