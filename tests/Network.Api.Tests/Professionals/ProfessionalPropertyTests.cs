using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Professionals;

/// <summary>Generated valid and malformed bodies for professionals' entries, as coordinators and as themselves.</summary>
public sealed class ProfessionalPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private static readonly string[] Professions =
    [
        "teacher",
        "youth-doctor",
        "youth-worker",
        "care-coordinator",
        "community-police-officer",
    ];
    private static readonly string[] Domains = ["youth", "safety", "education", "care", "social", "municipality"];

    /// <summary>The write property for one operation, its shape and schema read from the served document.</summary>
    private async Task CheckAsync(
        HttpClient client,
        string path,
        WriteProperty property,
        Gen<JsonObject> valid,
        Gen<FuzzBody> refusals
    )
    {
        var (schema, shape) = (await ServedDocument.ReadAsync(factory)).Body(property.Method.Method, path);
        await (property with { Client = client, Document = schema }).CheckAsync(
            WriteProperty.Mix(shape, valid, refusals, document: schema)
        );
    }

    private async Task<string[]> VisibilitiesAsync() =>
        [.. (await ServedDocument.ReadAsync(factory)).Schema("VisibilityLevel").Enum!];

    private static Gen<JsonObject> Contact(string[] visibilities) =>
        Gen.OneOf(
            Gen.Select(
                Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789."].Array[1, 30],
                Gen.OneOf(visibilities).Null(0.3),
                (local, visibility) =>
                    new JsonObject
                    {
                        ["channel"] = "email",
                        // Nine digits in the local part read as a BSN (seed 3Flg4PUC8qsD was refused so).
                        ["value"] = JsonGen.WithoutCaseData($"x{new string(local)}@example.org"),
                        ["visibility"] = visibility,
                    }
            ),
            // In groups or in one run: nine digits inside a longer phone number never read as a BSN.
            Gen.Select(
                Gen.OneOf("workPhone", "mobile"),
                Gen.Int[1000, 9999],
                Gen.Int[1000, 9999],
                Gen.Bool,
                Gen.OneOf(visibilities).Null(0.3),
                (channel, a, b, grouped, visibility) =>
                    new JsonObject
                    {
                        ["channel"] = channel,
                        ["value"] = grouped ? $"+31 6 {a} {b}" : $"+31 6{a}{b}",
                        ["visibility"] = visibility,
                    }
            )
        );

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static Gen<JsonObject> Profile(string[] visibilities) =>
        Gen.Select(
            JsonGen.Slug.Where(s => s.Length <= 60).Array[0, 5],
            Gen.OneOf("nl", "en", "ar", "tr", "pl", "fy", "pap").Array[0, 4],
            JsonGen.Text(1000).Null(0.3),
            Gen.Bool,
            Contact(visibilities).Array[0, 10],
            (tags, languages, about, anonymous, contacts) =>
                new JsonObject
                {
                    ["expertiseTags"] = Array(tags.Distinct().Select(t => (JsonNode?)t)),
                    ["languages"] = Array(languages.Distinct().Select(l => (JsonNode?)l)),
                    ["about"] = about,
                    ["offersAnonymousConsultation"] = anonymous,
                    ["contactPoints"] = Array(contacts),
                }
        );

    private static Gen<JsonObject> Entry(string[] organisations, string[] visibilities) =>
        Gen.Select(
            Gen.Select(JsonGen.Text(100), JsonGen.Text(100), Gen.OneOf(Professions), Gen.OneOf(Domains).Array[0, 5]),
            Gen.Select(Gen.OneOf(organisations), JsonGen.Text(200), JsonGen.Date, Gen.Bool).Array[0, 3],
            Profile(visibilities),
            (names, memberships, profile) =>
            {
                var o = profile.DeepClone().AsObject();
                o["givenName"] = names.Item1;
                o["familyName"] = names.Item2;
                o["professionId"] = names.Item3;
                o["municipalities"] = new JsonArray("GM9901");
                o["domains"] = Array(names.Item4.Distinct().Select(d => (JsonNode?)d));
                o["memberships"] = Array(
                    memberships
                        .DistinctBy(m => m.Item1)
                        .Select(m =>
                            (JsonNode?)
                                new JsonObject
                                {
                                    ["organisationId"] = m.Item1,
                                    ["roleTitle"] = m.Item2,
                                    ["startDate"] = m.Item3.ToString("yyyy-MM-dd"),
                                    ["isDesignatedOfficer"] = m.Item4,
                                }
                        )
                );
                return o;
            }
        );

    private static Gen<FuzzBody> Refusals(Gen<JsonObject> valid) =>
        valid.SelectMany(o =>
            Gen.OneOf(
                Gen.Const(Set(o, "professionId", "astronaut", "unknown profession")),
                Gen.Const(Set(o, "municipalities", new JsonArray("GM9902"), "municipality not coordinated")),
                Gen.Const(Set(o, "languages", new JsonArray("dutch language"), "not a language tag")),
                Gen.Const(Set(o, "expertiseTags", new JsonArray("Not A Slug"), "not a tag")),
                Gen.Const(Set(o, "about", "Client 111222333 was seen at school", "a BSN-like number in free text")),
                Gen.Const(
                    Set(
                        o,
                        "contactPoints",
                        new JsonArray(new JsonObject { ["channel"] = "email", ["value"] = "no-at-sign" }),
                        "e-mail without @"
                    )
                ),
                Gen.Const(
                    Set(
                        o,
                        "contactPoints",
                        new JsonArray(new JsonObject { ["channel"] = "mobile", ["value"] = "call me" }),
                        "phone with letters"
                    )
                ),
                Gen.Const(
                    Set(
                        o,
                        "memberships",
                        new JsonArray(
                            new JsonObject
                            {
                                ["organisationId"] = Guid.NewGuid().ToString(),
                                ["roleTitle"] = "x",
                                ["startDate"] = "2026-01-01",
                            }
                        ),
                        "unknown organisation"
                    )
                )
            )
        );

    [Fact]
    public async Task Professional_create_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var valid = Entry(
            await DemoLookups.IdsAsync(client, "/api/v1/organisations?municipality=GM9901&pageSize=100"),
            await VisibilitiesAsync()
        );
        await CheckAsync(
            client,
            "/api/v1/professionals",
            new WriteProperty(factory, client, HttpMethod.Post, "/api/v1/professionals")
            {
                NotEchoed = ["contactPoints", "memberships"],
            },
            valid,
            Refusals(valid)
        );
    }

    [Fact]
    public async Task Professional_update_holds_the_write_property()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var valid = Entry(
            await DemoLookups.IdsAsync(client, "/api/v1/organisations?municipality=GM9901&pageSize=100"),
            await VisibilitiesAsync()
        );
        var created = await (
            await client.PostJsonAsync(
                "/api/v1/professionals",
                new
                {
                    givenName = "Fuzz",
                    familyName = "Target",
                    professionId = "teacher",
                    municipalities = new[] { "GM9901" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        await CheckAsync(
            client,
            "/api/v1/professionals/{id}",
            new WriteProperty(factory, client, HttpMethod.Put, $"/api/v1/professionals/{created!["id"]}")
            {
                IfMatch = true,
                NotEchoed = ["contactPoints", "memberships"],
            },
            valid,
            Refusals(valid)
        );
    }

    [Fact]
    public async Task Own_profile_update_holds_the_write_property()
    {
        var client = factory.ClientFor("newcomer.amberveen");
        var profile = Profile(await VisibilitiesAsync());
        await CheckAsync(
            client,
            "/api/v1/me/profile",
            new WriteProperty(factory, client, HttpMethod.Put, "/api/v1/me/profile")
            {
                IfMatch = true,
                ReadUrl = "/api/v1/me",
                NotEchoed = ["contactPoints"],
            },
            profile,
            Refusals(profile)
                .Where(b =>
                    !b.Why.Contains("profession") && !b.Why.Contains("municipality") && !b.Why.Contains("organisation")
                )
        );
    }

    [Theory]
    [InlineData("memberships")]
    [InlineData("contactPoints")]
    [InlineData("expertiseTags")]
    public async Task A_null_list_item_is_a_validation_error_not_a_crash(string field)
    {
        var body =
            $$"""{"givenName":"N","familyName":"Null","professionId":"teacher","municipalities":["GM9901"],"{{field}}":[null]}""";
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostAsync("/api/v1/professionals", FuzzFactory.Json(body));
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains(
            "must not contain null items",
            problem["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>())
        );
    }

    [Fact]
    public async Task A_null_visibility_choice_is_a_validation_error_not_a_crash()
    {
        var response = await factory
            .ClientFor("newcomer.amberveen")
            .PostAsync("/api/v1/me/listing", FuzzFactory.Json("""{"accept":true,"contactPointVisibility":[null]}"""));
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    private static FuzzBody Set(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
