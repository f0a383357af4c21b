using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Covenants;

/// <summary>Generated valid and malformed bodies for covenant writes (see <see cref="WriteProperty"/>), shaped by the served document.</summary>
public sealed class CovenantPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private async Task CheckAsync(HttpClient client, HttpMethod method, string path, string url, string[] organisations)
    {
        var (schema, shape) = (await ServedDocument.ReadAsync(factory)).Body(method.Method, path);
        var valid = Valid(organisations);
        await new WriteProperty(factory, client, method, url)
        {
            IfMatch = method == HttpMethod.Put,
            NotEchoed = ["signatories"],
            Document = schema,
        }.CheckAsync(WriteProperty.Mix(shape, valid, Refusals(valid, organisations), document: schema));
    }

    private static Gen<JsonObject> Valid(string[] organisations) =>
        Gen.Select(
            JsonGen.Text(200),
            JsonGen.Text(1000),
            JsonGen.Date,
            Gen.Int[0, 2000].Nullable(0.3),
            Gen.Shuffle(organisations, 2, Math.Min(6, organisations.Length)),
            (title, purpose, from, days, signatories) =>
                new JsonObject
                {
                    ["title"] = title,
                    ["purpose"] = purpose,
                    ["validFrom"] = from.ToString("yyyy-MM-dd"),
                    ["validUntil"] = days is { } d ? from.AddDays(d).ToString("yyyy-MM-dd") : null,
                    ["signatories"] = new JsonArray(signatories.Select(s => (JsonNode?)s).ToArray()),
                    ["municipalities"] = new JsonArray("GM9901"),
                }
        );

    private static Gen<FuzzBody> Refusals(Gen<JsonObject> valid, string[] organisations) =>
        valid.SelectMany(o =>
            Gen.OneOf(
                Gen.Const(Set(o, "signatories", new JsonArray(organisations[0]), "one signatory")),
                Gen.Const(
                    Set(
                        o,
                        "signatories",
                        new JsonArray(organisations[0], Guid.NewGuid().ToString()),
                        "unknown organisation"
                    )
                ),
                Gen.Const(Set(o, "validUntil", "2019-12-31", "ends before it starts")),
                Gen.Const(Set(o, "validFrom", "2026-02-30", "no such date")),
                Gen.Const(Set(o, "validFrom", "29-11-2026", "not an ISO date")),
                Gen.Const(Set(o, "municipalities", new JsonArray("GM9902"), "municipality not coordinated")),
                Gen.Const(Set(o, "purpose", "Case of client 111222333 at school", "a BSN-like number in free text"))
            )
        );

    [Fact]
    public async Task Covenant_create_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var organisations = await DemoLookups.IdsAsync(
            client,
            "/api/v1/organisations?municipality=GM9901&pageSize=100"
        );
        await CheckAsync(client, HttpMethod.Post, "/api/v1/covenants", "/api/v1/covenants", organisations);
    }

    [Fact]
    public async Task Covenant_update_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var organisations = await DemoLookups.IdsAsync(
            client,
            "/api/v1/organisations?municipality=GM9901&pageSize=100"
        );
        var created = await (
            await client.PostJsonAsync(
                "/api/v1/covenants",
                new
                {
                    title = "Fuzz covenant",
                    purpose = "Target of the property test",
                    validFrom = "2026-01-01",
                    signatories = organisations.Take(2).ToArray(),
                    municipalities = new[] { "GM9901" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        await CheckAsync(
            client,
            HttpMethod.Put,
            "/api/v1/covenants/{id}",
            $"/api/v1/covenants/{created!["id"]}",
            organisations
        );
    }

    private static FuzzBody Set(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
