using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Covenants;

/// <summary>Generated valid and malformed bodies for covenant writes (see <see cref="WriteProperty"/>).</summary>
public sealed class CovenantPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private static readonly BodyShape Shape = new(
        [
            new Field("title", FieldKind.Text, Required: true, MaxLength: 200),
            new Field("purpose", FieldKind.Text, Required: true, MaxLength: 1000),
            new Field("validFrom", FieldKind.Text, Required: true),
            new Field("validUntil", FieldKind.Text),
            new Field("signatories", FieldKind.TextList, Required: true, MaxItems: 50),
            new Field("municipalities", FieldKind.TextList, Required: true, MaxItems: 50),
        ],
        ServerOwned: ["id", "version", "isValidToday"]);

    private static Gen<JsonObject> Valid(string[] organisations) =>
        Gen.Select(JsonGen.Text(200), JsonGen.Text(1000), JsonGen.Date, Gen.Int[0, 2000].Nullable(0.3), Gen.Shuffle(organisations, 2, Math.Min(6, organisations.Length)),
            (title, purpose, from, days, signatories) => new JsonObject
            {
                ["title"] = title, ["purpose"] = purpose,
                ["validFrom"] = from.ToString("yyyy-MM-dd"),
                ["validUntil"] = days is { } d ? from.AddDays(d).ToString("yyyy-MM-dd") : null,
                ["signatories"] = new JsonArray(signatories.Select(s => (JsonNode?)s).ToArray()),
                ["municipalities"] = new JsonArray("GM9901"),
            });

    private static Gen<FuzzBody> Refusals(Gen<JsonObject> valid, string[] organisations) => valid.SelectMany(o => Gen.OneOf(
        Gen.Const(Set(o, "signatories", new JsonArray(organisations[0]), "one signatory")),
        Gen.Const(Set(o, "signatories", new JsonArray(organisations[0], Guid.NewGuid().ToString()), "unknown organisation")),
        Gen.Const(Set(o, "validUntil", "2019-12-31", "ends before it starts")),
        Gen.Const(Set(o, "validFrom", "2026-02-30", "no such date")),
        Gen.Const(Set(o, "validFrom", "29-11-2026", "not an ISO date")),
        Gen.Const(Set(o, "municipalities", new JsonArray("GM9902"), "municipality not coordinated")),
        Gen.Const(Set(o, "purpose", "Case of client 111222333 at school", "a BSN-like number in free text"))));

    [Fact]
    public async Task Covenant_create_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var organisations = await DemoLookups.IdsAsync(client, "/api/v1/organisations?municipality=GM9901&pageSize=100");
        var valid = Valid(organisations);
        await new WriteProperty(factory, client, HttpMethod.Post, "/api/v1/covenants") { NotEchoed = ["signatories"] }
            .CheckAsync(WriteProperty.Mix(Shape, valid, Refusals(valid, organisations)));
    }

    [Fact]
    public async Task Covenant_update_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var organisations = await DemoLookups.IdsAsync(client, "/api/v1/organisations?municipality=GM9901&pageSize=100");
        var created = await (await client.PostJsonAsync("/api/v1/covenants", new
        {
            title = "Fuzz covenant", purpose = "Target of the property test", validFrom = "2026-01-01",
            signatories = organisations.Take(2).ToArray(), municipalities = new[] { "GM9901" },
        })).ExpectAsync(HttpStatusCode.Created);
        var valid = Valid(organisations);
        await new WriteProperty(factory, client, HttpMethod.Put, $"/api/v1/covenants/{created!["id"]}") { IfMatch = true, NotEchoed = ["signatories"] }
            .CheckAsync(WriteProperty.Mix(Shape, valid, Refusals(valid, organisations)));
    }

    private static FuzzBody Set(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
