using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.GraphQL;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.ContactLookup;

/// <summary>
/// The GraphQL <c>lookup</c> field answers what POST /api/v1/lookups answers, for every demo asker and concern and
/// on the hand-made network, and refuses what REST refuses.
/// </summary>
public sealed class LookupGraphQLTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private static readonly string[] Concerns =
    [
        "radicalisation",
        "polarisation",
        "online-extremism",
        "domestic-violence",
        "mental-health",
    ];

    public const string Query = """
        query($input: LookupInput!) {
          lookup(input: $input) {
            concernType municipality domain methodStep notice
            route { order kind methodStep offersAnonymousConsultation note lineName linePhone
                    people { professionalId name profession contactPoints { channel value visibility why } }
                    organisation { ...org } }
            contacts { rank professionalId name offersAnonymousConsultation trustDistance matchedExpertise reason lastVerifiedOn staleWarning
                       profession { id name confidentialityRegime legalSource }
                       organisations { ...org }
                       contactPoints { channel value visibility why }
                       sharedCovenants { covenantId title purpose validFrom validUntil }
                       trustPath { name confirmedOn workshopTitle workshopDate } }
          }
        }
        fragment org on LookupOrganisation { organisationId name kind contactPoints { channel value label } }
        """;

    public static TheoryData<string> Askers => LookupDemoTests.Askers;

    [Theory]
    [MemberData(nameof(Askers))]
    public async Task Graphql_lookup_gives_every_demo_asker_the_rest_answer_for_every_concern(string login)
    {
        var user = DemoNetwork.Users.Single(u => u.Login == login);
        var client = factory.ClientFor(login);
        foreach (var municipality in user.Municipalities)
        foreach (var concern in Concerns)
        {
            var rest = await (
                await client.PostJsonAsync("/api/v1/lookups", new { concernType = concern, municipality })
            ).ExpectAsync(HttpStatusCode.OK);
            var graph = (
                await client.GraphQLAsync(Query, new { input = new { concernType = concern, municipality } })
            ).Ok()["lookup"]!;

            AssertSameAnswer(rest!, graph, $"{login} {municipality} {concern}");
        }
    }

    [Fact]
    public async Task Graphql_lookup_ranks_and_explains_the_hand_made_network_like_rest()
    {
        var w = await _world.LookupNetworkAsync();
        var client = w.As(w.Asker);

        var graph = (
            await client.GraphQLAsync(
                Query,
                new { input = new { concernType = w.Concern, methodStep = "SHARING_PERSONAL_DATA" } }
            )
        ).Ok()["lookup"]!;
        var rest = await (
            await client.PostJsonAsync(
                "/api/v1/lookups",
                new { concernType = w.Concern, methodStep = "sharingPersonalData" }
            )
        ).ExpectAsync(HttpStatusCode.OK);

        var contacts = graph["contacts"]!.AsArray();
        Assert.Equal(
            ["Anna Jansen", "Bram de Vries", "Cees Bakker", "Umar Zonderpad", "Sanne Oud"],
            contacts.Select(c => c!["name"]!.GetValue<string>())
        );
        Assert.Equal(GlobalId.Encode("Professional", w.T1.Id), contacts[0]!["professionalId"]!.GetValue<string>());
        Assert.Contains(
            "you → Anna Jansen (workshop 12 March 2026) → Bram de Vries",
            contacts[1]!["reason"]!.GetValue<string>()
        );
        Assert.Equal("SHARING_PERSONAL_DATA", graph["methodStep"]!.GetValue<string>());
        AssertSameAnswer(rest!, graph, "hand-made network");
    }

    [Theory]
    [InlineData("clientName", "\"Jan de Vries\"")]
    [InlineData("birthDate", "\"2010-04-01\"")]
    [InlineData("bsn", "\"111222333\"")]
    public async Task Graphql_lookup_has_no_place_for_client_data_and_counts_nothing_when_refused(
        string field,
        string literal
    )
    {
        var w = await _world.LookupNetworkAsync();
        var response = await w.As(w.Asker)
            .GraphQLAsync(
                $$"""{ lookup(input: { concernType: "{{w.Concern}}", {{field}}: {{literal}} }) { contacts { name } } }"""
            );

        Assert.Null(response.Data);
        Assert.Contains(field, response.Errors.Single()!["message"]!.GetValue<string>());
        Assert.False(await factory.WithDbAsync(db => db.LookupCounters.AnyAsync(c => c.ConcernTypeId == w.Concern)));
    }

    [Fact]
    public async Task Graphql_lookup_with_an_unknown_concern_type_is_a_validation_error_listing_the_known_ones()
    {
        var w = await _world.LookupNetworkAsync();
        var error = (await w.As(w.Asker).GraphQLAsync(Query, new { input = new { concernType = "nonsense" } })).Error(
            "VALIDATION_FAILED"
        );

        Assert.Contains("radicalisation", error.ToJsonString());
    }

    /// <summary>Compares the two doors' answers after translating GraphQL's spelling (global ids, CONSTANT_CASE enums) to REST's.</summary>
    private static void AssertSameAnswer(JsonNode rest, JsonNode graph, string what)
    {
        var expected = Normalise(rest)!.ToJsonString();
        var actual = Normalise(FromGraphQL(graph))!.ToJsonString();
        Assert.True(expected == actual, $"{what}:\nREST    {expected}\nGraphQL {actual}");
    }

    private static readonly HashSet<string> EnumFields =
    [
        "kind",
        "methodStep",
        "channel",
        "visibility",
        "confidentialityRegime",
    ];
    private static readonly Dictionary<string, string> IdFields = new()
    {
        ["professionalId"] = "Professional",
        ["organisationId"] = "Organisation",
        ["covenantId"] = "Covenant",
    };

    /// <summary>GraphQL's answer in REST's spelling: <c>professionalId</c> etc. become <c>id</c> with the REST id, enums camelCase.</summary>
    private static JsonNode? FromGraphQL(JsonNode? node) =>
        node switch
        {
            JsonObject o => new JsonObject(
                o.Select(p =>
                    IdFields.TryGetValue(p.Key, out var type)
                        ? new KeyValuePair<string, JsonNode?>(
                            "id",
                            GlobalId.ToGuid(p.Value!.GetValue<string>(), type)!.Value.ToString()
                        )
                        : new KeyValuePair<string, JsonNode?>(
                            p.Key,
                            EnumFields.Contains(p.Key) && p.Value is JsonValue v
                                ? CamelCase(v.GetValue<string>())
                                : FromGraphQL(p.Value)
                        )
                )
            ),
            JsonArray a => new JsonArray(a.Select(FromGraphQL).ToArray()),
            _ => node?.DeepClone(),
        };

    private static string CamelCase(string constant)
    {
        var words = constant.ToLowerInvariant().Split('_');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>Drops nulls (REST leaves them out) and orders object properties, so the comparison is about content.</summary>
    private static JsonNode? Normalise(JsonNode? node) =>
        node switch
        {
            JsonObject o => new JsonObject(
                o.Where(p => p.Value is not null)
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Normalise(p.Value)))
            ),
            JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
            _ => node?.DeepClone(),
        };
}
