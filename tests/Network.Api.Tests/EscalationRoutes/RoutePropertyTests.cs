using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.EscalationRoutes;

/// <summary>Generated valid and malformed ladders for route writes (see <see cref="WriteProperty"/>), shaped by the served document.</summary>
public sealed class RoutePropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private const string RadicalisationRouteAmberveen = "00000000-0000-0000-0004-000000000001";

    private async Task CheckAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string url,
        Gen<JsonObject> valid,
        bool ifMatch = false,
        bool mayConflict = false
    )
    {
        var (schema, shape) = (await ServedDocument.ReadAsync(factory)).Body(method.Method, path);
        await new WriteProperty(factory, client, method, url)
        {
            IfMatch = ifMatch,
            Document = schema,
            ValidMayGet = mayConflict ? [409] : [],
            InvalidMayGet = mayConflict ? [409] : [],
        }.CheckAsync(WriteProperty.Mix(shape, valid, Refusals(valid), document: schema));
    }

    private static Gen<JsonObject> Step(string[] professionals, string[] organisations) =>
        Gen.Frequency(
            (2, Gen.Const(() => new JsonObject { ["kind"] = "ownDesignatedOfficer" })),
            (2, Gen.Select(Gen.OneOf(professionals), Gen.Bool.Nullable(0.5), (p, anonymous) => new JsonObject
                    {
                        ["kind"] = "professional",
                        ["professionalId"] = p,
                        ["offersAnonymousConsultation"] = anonymous,
                    })),
            (2, Gen.Select(Gen.OneOf(organisations), JsonGen.Text(500).Null(0.5), (o, note) => new JsonObject
                    {
                        ["kind"] = "organisation",
                        ["organisationId"] = o,
                        ["note"] = note,
                    })),
            (
                1,
                Gen.Select(
                    JsonGen.Text(200),
                    Gen.Select(Gen.OneOf("", "+"), Gen.Char["0123456789 ()-"].Array[1, 38], (plus, rest) =>
                        plus + "0" + new string(rest)
                    ),
                    Gen.OneOf("anonymousConsultation", "sharingPersonalData", "emergency").Null(0.5),
                    (name, phone, method) =>
                        new JsonObject
                        {
                            ["kind"] = "nationalLine",
                            ["lineName"] = name,
                            ["linePhone"] = phone,
                            ["methodStep"] = method,
                        }
                )
            ),
            (
                1,
                Gen.Select(JsonGen.Text(200), Gen.OneOf("112", "0800-1234", "+31 20 555 0000"), (name, phone) =>
                    new JsonObject
                    {
                        ["kind"] = "emergency",
                        ["lineName"] = name,
                        ["linePhone"] = phone,
                    }
                )
            )
        );

    private static Gen<JsonObject> Update(string[] professionals, string[] organisations) =>
        Step(professionals, organisations)
            .Array[1, 10]
            .Select(steps => new JsonObject { ["steps"] = new JsonArray(steps.Select(s => (JsonNode?)s).ToArray()) });

    private static Gen<FuzzBody> Refusals(Gen<JsonObject> valid) =>
        valid.SelectMany(o =>
            Gen.OneOf(
                Gen.Const(
                    Steps(
                        o,
                        new JsonObject { ["kind"] = "professional", ["professionalId"] = Guid.NewGuid().ToString() },
                        "unknown professional"
                    )
                ),
                Gen.Const(
                    Steps(o, new JsonObject { ["kind"] = "organisation" }, "organisation step without organisation")
                ),
                Gen.Const(
                    Steps(
                        o,
                        new JsonObject { ["kind"] = "ownDesignatedOfficer", ["lineName"] = "x" },
                        "line name on a non-line step"
                    )
                ),
                Gen.Const(
                    Steps(
                        o,
                        new JsonObject
                        {
                            ["kind"] = "nationalLine",
                            ["lineName"] = "Line",
                            ["linePhone"] = "call me",
                        },
                        "phone with letters"
                    )
                ),
                Gen.Const(
                    Steps(
                        o,
                        new JsonObject
                        {
                            ["kind"] = "organisation",
                            ["organisationId"] = "00000000-0000-0000-0001-000000000004",
                            ["note"] = "x",
                        },
                        "organisation of another municipality"
                    )
                ),
                Gen.Const(new FuzzBody("""{"steps":[]}""", null, Expect.Refused, "no steps"))
            )
        );

    [Fact]
    public async Task Route_update_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var (professionals, organisations) = await LookupsAsync(client);
        var valid = Update(professionals, organisations);
        await CheckAsync(
            client,
            HttpMethod.Put,
            "/api/v1/routes/{id}",
            $"/api/v1/routes/{RadicalisationRouteAmberveen}",
            valid,
            ifMatch: true
        );
    }

    [Fact]
    public async Task Route_create_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var (professionals, organisations) = await LookupsAsync(client);
        var concerns = new[]
        {
            "radicalisation",
            "polarisation",
            "online-extremism",
            "domestic-violence",
            "mental-health",
        };
        var valid = Gen.Select(Update(professionals, organisations), Gen.OneOf(concerns), (o, concern) =>
        {
            o["municipality"] = "GM9901";
            o["concernType"] = concern;
            return o;
        });
        // One route per municipality and concern: most valid creates meet an existing route (409).
        await CheckAsync(client, HttpMethod.Post, "/api/v1/routes", "/api/v1/routes", valid, mayConflict: true);
    }

    private static async Task<(string[] Professionals, string[] Organisations)> LookupsAsync(HttpClient client) =>
        (
            await DemoLookups.IdsAsync(client, "/api/v1/professionals?municipality=GM9901&pageSize=100"),
            await DemoLookups.IdsAsync(client, "/api/v1/organisations?municipality=GM9901&pageSize=100")
        );

    private static FuzzBody Steps(JsonObject body, JsonObject step, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy["steps"]!.AsArray().Add(step);
        if (copy["steps"]!.AsArray().Count > 10)
            copy["steps"]!.AsArray().RemoveAt(0);
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
