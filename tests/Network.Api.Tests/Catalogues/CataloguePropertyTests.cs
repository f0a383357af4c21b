using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Catalogues;

/// <summary>Generated valid and malformed bodies for every catalogue write (see <see cref="WriteProperty"/>).</summary>
public sealed class CataloguePropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private static readonly string[] Regimes = ["medicalSecrecy", "youthCareSecrecy", "professionalCode", "policeData", "officialSecrecy", "generalDataProtection"];

    private static readonly Field Id = new("id", FieldKind.Text, Required: true, MaxLength: 60);
    private static readonly Field Name = new("name", FieldKind.Text, Required: true, MaxLength: 200);
    private static readonly Field NameNl = new("nameNl", FieldKind.Text, Required: true, MaxLength: 200);

    private static Gen<JsonObject> Names(Func<string, string, JsonObject> make) =>
        Gen.Select(JsonGen.Text(200), JsonGen.Text(200), make);

    // ---- domains ----
    private static readonly BodyShape DomainUpdateShape = new([Name, NameNl], ["id", "version"]);
    private static readonly BodyShape DomainCreateShape = new([Id, Name, NameNl], ["version"]);
    private static Gen<JsonObject> DomainUpdate => Names((n, nl) => new JsonObject { ["name"] = n, ["nameNl"] = nl });
    private static Gen<JsonObject> DomainCreate => Gen.Select(JsonGen.Slug, DomainUpdate, (id, o) => { o["id"] = id; return o; });

    [Fact]
    public Task Domain_create_holds_the_write_property() =>
        new WriteProperty(factory, factory.ClientFor("admin"), HttpMethod.Post, "/api/v1/domains") { ValidMayGet = [409], InvalidMayGet = [409] }
            .CheckAsync(WriteProperty.Mix(DomainCreateShape, DomainCreate, BadIds(DomainCreate)));

    [Fact]
    public async Task Domain_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (await admin.PostJsonAsync("/api/v1/domains", new { id = "fuzz-domain", name = "Fuzz", nameNl = "Fuzz" })).ExpectAsync(HttpStatusCode.Created);
        await new WriteProperty(factory, admin, HttpMethod.Put, "/api/v1/domains/fuzz-domain") { IfMatch = true }
            .CheckAsync(WriteProperty.Mix(DomainUpdateShape, DomainUpdate));
    }

    // ---- professions ----
    private static readonly Field Regime = new("regime", FieldKind.Enum, Required: true);
    private static readonly Field LegalSource = new("legalSource", FieldKind.Text, Required: true, MaxLength: 500);
    private static readonly BodyShape ProfessionUpdateShape = new([Name, NameNl, Regime, LegalSource], ["id", "version"]);
    private static readonly BodyShape ProfessionCreateShape = new([Id, Name, NameNl, Regime, LegalSource], ["version"]);
    private static Gen<JsonObject> ProfessionUpdate =>
        Gen.Select(JsonGen.Text(200), JsonGen.Text(200), Gen.OneOf(Regimes), JsonGen.Text(500),
            (n, nl, regime, source) => new JsonObject { ["name"] = n, ["nameNl"] = nl, ["regime"] = regime, ["legalSource"] = source });
    private static Gen<JsonObject> ProfessionCreate => Gen.Select(JsonGen.Slug, ProfessionUpdate, (id, o) => { o["id"] = id; return o; });

    [Fact]
    public Task Profession_create_holds_the_write_property() =>
        new WriteProperty(factory, factory.ClientFor("admin"), HttpMethod.Post, "/api/v1/professions") { ValidMayGet = [409], InvalidMayGet = [409] }
            .CheckAsync(WriteProperty.Mix(ProfessionCreateShape, ProfessionCreate, BadIds(ProfessionCreate)));

    [Fact]
    public async Task Profession_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (await admin.PostJsonAsync("/api/v1/professions", new { id = "fuzz-profession", name = "Fuzz", nameNl = "Fuzz", regime = "professionalCode", legalSource = "Code" }))
            .ExpectAsync(HttpStatusCode.Created);
        await new WriteProperty(factory, admin, HttpMethod.Put, "/api/v1/professions/fuzz-profession") { IfMatch = true }
            .CheckAsync(WriteProperty.Mix(ProfessionUpdateShape, ProfessionUpdate));
    }

    // ---- concern types ----
    private static readonly Field Description = new("description", FieldKind.Text, Required: true, MaxLength: 2000);
    private static readonly Field Tags = new("expertiseTags", FieldKind.TextList, Required: true, MaxItems: 20);
    private static readonly BodyShape ConcernUpdateShape = new([Name, NameNl, Description, Tags], ["id", "version"]);
    private static readonly BodyShape ConcernCreateShape = new([Id, Name, NameNl, Description, Tags], ["version"]);
    private static Gen<JsonObject> ConcernUpdate =>
        Gen.Select(JsonGen.Text(200), JsonGen.Text(200), JsonGen.Text(2000), JsonGen.Slug.Array[1, 20],
            (n, nl, d, tags) => new JsonObject { ["name"] = n, ["nameNl"] = nl, ["description"] = d, ["expertiseTags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()) });
    private static Gen<JsonObject> ConcernCreate => Gen.Select(JsonGen.Slug, ConcernUpdate, (id, o) => { o["id"] = id; return o; });

    [Fact]
    public Task Concern_type_create_holds_the_write_property() =>
        new WriteProperty(factory, factory.ClientFor("admin"), HttpMethod.Post, "/api/v1/concern-types") { ValidMayGet = [409], InvalidMayGet = [409] }
            .CheckAsync(WriteProperty.Mix(ConcernCreateShape, ConcernCreate, BadIds(ConcernCreate)));

    [Fact]
    public async Task Concern_type_update_holds_the_write_property()
    {
        var admin = factory.ClientFor("admin");
        await (await admin.PostJsonAsync("/api/v1/concern-types", new { id = "fuzz-concern", name = "Fuzz", nameNl = "Fuzz", description = "Fuzz", expertiseTags = new[] { "fuzz" } }))
            .ExpectAsync(HttpStatusCode.Created);
        await new WriteProperty(factory, admin, HttpMethod.Put, "/api/v1/concern-types/fuzz-concern") { IfMatch = true }
            .CheckAsync(WriteProperty.Mix(ConcernUpdateShape, ConcernUpdate));
    }

    // ---- municipalities ----
    private static readonly Field Months = new("trustValidityMonths", FieldKind.Number, Required: true);
    private static readonly BodyShape MunicipalityUpdateShape = new([Name, Months], ["code", "version"]);
    // On create the trust validity may be left out: the municipality then gets the default.
    private static readonly BodyShape MunicipalityCreateShape = new(
        [new Field("code", FieldKind.Text, Required: true, MaxLength: 6), Name, Months with { Required = false }], ["version"]);
    private static Gen<JsonObject> MunicipalityUpdate =>
        Gen.Select(JsonGen.Text(200), Gen.Int[1, 120], (n, m) => new JsonObject { ["name"] = n, ["trustValidityMonths"] = m });
    private static Gen<JsonObject> MunicipalityCreate =>
        Gen.Select(Gen.Int[9904, 9999], MunicipalityUpdate, (code, o) => { o["code"] = $"GM{code}"; return o; });

    [Fact]
    public Task Municipality_create_holds_the_write_property() =>
        new WriteProperty(factory, factory.ClientFor("admin"), HttpMethod.Post, "/api/v1/municipalities") { ValidMayGet = [409], InvalidMayGet = [409] }
            .CheckAsync(WriteProperty.Mix(MunicipalityCreateShape, MunicipalityCreate, MunicipalityCreate.SelectMany(o => Gen.OneOf(
                Gen.Const(With(o, "code", "GM12345", "code too long")), Gen.Const(With(o, "code", "gm9990", "code in lower case")),
                Gen.Const(With(o, "trustValidityMonths", 0, "zero months")), Gen.Const(With(o, "trustValidityMonths", 121, "121 months"))))));

    [Fact]
    public Task Municipality_update_holds_the_write_property() =>
        new WriteProperty(factory, factory.ClientFor("coordinator.lindewaard"), HttpMethod.Put, "/api/v1/municipalities/GM9902") { IfMatch = true }
            .CheckAsync(WriteProperty.Mix(MunicipalityUpdateShape, MunicipalityUpdate, MunicipalityUpdate.SelectMany(o => Gen.OneOf(
                Gen.Const(With(o, "trustValidityMonths", 0, "zero months")), Gen.Const(With(o, "trustValidityMonths", -5, "negative months")),
                Gen.Const(With(o, "trustValidityMonths", 121, "121 months"))))));

    /// <summary>Ids that are not slugs: upper case, spaces, double or edge hyphens, too long.</summary>
    private static Gen<FuzzBody> BadIds(Gen<JsonObject> valid) => valid.SelectMany(o => Gen.OneOf(
        Gen.Const(With(o, "id", "Upper-Case", "id with capitals")),
        Gen.Const(With(o, "id", "two words", "id with a space")),
        Gen.Const(With(o, "id", "double--hyphen", "id with a double hyphen")),
        Gen.Const(With(o, "id", "-edge", "id starting with a hyphen")),
        Gen.Const(With(o, "id", new string('a', 61), "id of 61 characters")),
        Gen.Const(With(o, "id", "", "empty id"))));

    private static FuzzBody With(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
