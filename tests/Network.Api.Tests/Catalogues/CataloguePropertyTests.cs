using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Catalogues;

/// <summary>
/// Generated valid and malformed bodies for every catalogue write (see <see cref="WriteProperty"/>), shaped by the
/// request schemas of the served document.
/// </summary>
public sealed class CataloguePropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    /// <summary>The write property for one operation, its shape and schema read from the served document.</summary>
    private async Task CheckAsync(
        HttpClient client,
        string method,
        string path,
        string url,
        Gen<JsonObject> valid,
        Gen<FuzzBody>? refusals = null,
        bool ifMatch = false,
        bool mayConflict = false
    )
    {
        var (schema, shape) = (await ServedDocument.ReadAsync(factory)).Body(method, path);
        await new WriteProperty(factory, client, new HttpMethod(method), url)
        {
            IfMatch = ifMatch,
            Document = schema,
            ValidMayGet = mayConflict ? [409] : [],
            InvalidMayGet = mayConflict ? [409] : [],
        }.CheckAsync(WriteProperty.Mix(shape, valid, refusals, document: schema));
    }

    /// <summary>The confidentiality regimes the document lists for a profession.</summary>
    private async Task<string[]> RegimesAsync() =>
        [.. (await ServedDocument.ReadAsync(factory)).Schema("ConfidentialityRegime").Enum!];

    private static Gen<JsonObject> Names(Func<string, string, JsonObject> make) =>
        Gen.Select(JsonGen.Text(200), JsonGen.Text(200), make);

    // ---- domains ----
    private static Gen<JsonObject> DomainUpdate => Names((n, nl) => new JsonObject { ["name"] = n, ["nameNl"] = nl });
    private static Gen<JsonObject> DomainCreate => Gen.Select(JsonGen.Slug, DomainUpdate, (id, o) =>
        {
            o["id"] = id;
            return o;
        });

    [Fact]
    public Task Domain_create_holds_the_write_property() =>
        CheckAsync(
            factory.ClientFor("admin"),
            "POST",
            "/api/v1/domains",
            "/api/v1/domains",
            DomainCreate,
            BadIds(DomainCreate),
            mayConflict: true
        );

    [Fact]
    public async Task Domain_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (
            await admin.PostJsonAsync(
                "/api/v1/domains",
                new
                {
                    id = "fuzz-domain",
                    name = "Fuzz",
                    nameNl = "Fuzz",
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        await CheckAsync(
            admin,
            "PUT",
            "/api/v1/domains/{id}",
            "/api/v1/domains/fuzz-domain",
            DomainUpdate,
            ifMatch: true
        );
    }

    // ---- professions ----
    private static Gen<JsonObject> ProfessionUpdate(string[] regimes) =>
        Gen.Select(
            JsonGen.Text(200),
            JsonGen.Text(200),
            Gen.OneOf(regimes),
            JsonGen.Text(500),
            (n, nl, regime, source) =>
                new JsonObject
                {
                    ["name"] = n,
                    ["nameNl"] = nl,
                    ["regime"] = regime,
                    ["legalSource"] = source,
                }
        );

    private static Gen<JsonObject> ProfessionCreate(string[] regimes) =>
        Gen.Select(JsonGen.Slug, ProfessionUpdate(regimes), (id, o) =>
        {
            o["id"] = id;
            return o;
        });

    [Fact]
    public async Task Profession_create_holds_the_write_property()
    {
        var valid = ProfessionCreate(await RegimesAsync());
        await CheckAsync(
            factory.ClientFor("admin"),
            "POST",
            "/api/v1/professions",
            "/api/v1/professions",
            valid,
            BadIds(valid),
            mayConflict: true
        );
    }

    [Fact]
    public async Task Profession_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (
            await admin.PostJsonAsync(
                "/api/v1/professions",
                new
                {
                    id = "fuzz-profession",
                    name = "Fuzz",
                    nameNl = "Fuzz",
                    regime = "professionalCode",
                    legalSource = "Code",
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        await CheckAsync(
            admin,
            "PUT",
            "/api/v1/professions/{id}",
            "/api/v1/professions/fuzz-profession",
            ProfessionUpdate(await RegimesAsync()),
            ifMatch: true
        );
    }

    // ---- concern types ----
    private static Gen<JsonObject> ConcernUpdate =>
        Gen.Select(
            JsonGen.Text(200),
            JsonGen.Text(200),
            JsonGen.Text(2000),
            JsonGen.Slug.Array[1, 20],
            (n, nl, d, tags) =>
                new JsonObject
                {
                    ["name"] = n,
                    ["nameNl"] = nl,
                    ["description"] = d,
                    ["expertiseTags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()),
                }
        );
    private static Gen<JsonObject> ConcernCreate => Gen.Select(JsonGen.Slug, ConcernUpdate, (id, o) =>
        {
            o["id"] = id;
            return o;
        });

    [Fact]
    public Task Concern_type_create_holds_the_write_property() =>
        CheckAsync(
            factory.ClientFor("admin"),
            "POST",
            "/api/v1/concern-types",
            "/api/v1/concern-types",
            ConcernCreate,
            BadIds(ConcernCreate),
            mayConflict: true
        );

    [Fact]
    public async Task Concern_type_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (
            await admin.PostJsonAsync(
                "/api/v1/concern-types",
                new
                {
                    id = "fuzz-concern",
                    name = "Fuzz",
                    nameNl = "Fuzz",
                    description = "Fuzz",
                    expertiseTags = new[] { "fuzz" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        await CheckAsync(
            admin,
            "PUT",
            "/api/v1/concern-types/{id}",
            "/api/v1/concern-types/fuzz-concern",
            ConcernUpdate,
            ifMatch: true
        );
    }

    // ---- municipalities ----
    private static Gen<JsonObject> MunicipalityUpdate =>
        Gen.Select(JsonGen.Text(200), Gen.Int[1, 120], (n, m) =>
            new JsonObject { ["name"] = n, ["trustValidityMonths"] = m }
        );
    private static Gen<JsonObject> MunicipalityCreate =>
        Gen.Select(Gen.Int[9904, 9999], MunicipalityUpdate, (code, o) =>
        {
            o["code"] = $"GM{code}";
            return o;
        });

    [Fact]
    public Task Municipality_create_holds_the_write_property() =>
        CheckAsync(
            factory.ClientFor("admin"),
            "POST",
            "/api/v1/municipalities",
            "/api/v1/municipalities",
            MunicipalityCreate,
            MunicipalityCreate.SelectMany(o =>
                Gen.OneOf(
                    Gen.Const(With(o, "code", "GM12345", "code too long")),
                    Gen.Const(With(o, "code", "gm9990", "code in lower case")),
                    Gen.Const(With(o, "trustValidityMonths", 0, "zero months")),
                    Gen.Const(With(o, "trustValidityMonths", 121, "121 months"))
                )
            ),
            mayConflict: true
        );

    [Fact]
    public Task Municipality_update_holds_the_write_property() =>
        CheckAsync(
            factory.ClientFor("coordinator.lindewaard"),
            "PUT",
            "/api/v1/municipalities/{code}",
            "/api/v1/municipalities/GM9902",
            MunicipalityUpdate,
            MunicipalityUpdate.SelectMany(o =>
                Gen.OneOf(
                    Gen.Const(With(o, "trustValidityMonths", 0, "zero months")),
                    Gen.Const(With(o, "trustValidityMonths", -5, "negative months")),
                    Gen.Const(With(o, "trustValidityMonths", 121, "121 months"))
                )
            ),
            ifMatch: true
        );

    /// <summary>Ids that are not slugs: upper case, spaces, double or edge hyphens, too long.</summary>
    private static Gen<FuzzBody> BadIds(Gen<JsonObject> valid) =>
        valid.SelectMany(o =>
            Gen.OneOf(
                Gen.Const(With(o, "id", "Upper-Case", "id with capitals")),
                Gen.Const(With(o, "id", "two words", "id with a space")),
                Gen.Const(With(o, "id", "double--hyphen", "id with a double hyphen")),
                Gen.Const(With(o, "id", "-edge", "id starting with a hyphen")),
                Gen.Const(With(o, "id", new string('a', 61), "id of 61 characters")),
                Gen.Const(With(o, "id", "", "empty id"))
            )
        );

    private static FuzzBody With(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
