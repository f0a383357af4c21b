using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Organisations;

/// <summary>
/// Property tests of every organisation write: thousands of generated valid and malformed bodies. Whatever is
/// sent, the answer is never a 5xx; a refusal changes nothing in the store; an acceptance reads back equal.
/// </summary>
public sealed class OrganisationPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private const string Url = "/api/v1/organisations";
    private static readonly string[] Domains = ["youth", "safety", "education", "care", "social", "municipality"];

    private static Gen<JsonObject> ContactPoint(string[] channels) =>
        Gen.Select(
            Gen.OneOf(channels),
            JsonGen.Text(320),
            JsonGen.Text(100).Null(0.4),
            Gen.Bool,
            (channel, value, label, omitLabel) =>
            {
                var o = new JsonObject { ["channel"] = channel, ["value"] = value };
                if (!omitLabel || label is not null)
                    o["label"] = label;
                return o;
            }
        );

    private static Gen<JsonObject> Valid(string[] channels) =>
        Gen.Select(
            Gen.Frequency((9, JsonGen.Text(200)), (1, JsonGen.UnusualText(200))),
            JsonGen.Text(60),
            Gen.OneOf(Domains).Array[1, 10],
            ContactPoint(channels).Array[0, 10],
            Gen.Bool,
            (name, kind, domains, contacts, omitContacts) =>
            {
                var o = new JsonObject
                {
                    ["name"] = name,
                    ["kind"] = kind,
                    ["domains"] = new JsonArray(domains.Select(d => (JsonNode?)d).ToArray()),
                    ["municipalities"] = new JsonArray("GM9901"),
                };
                if (!omitContacts || contacts.Length > 0)
                    o["contactPoints"] = new JsonArray(contacts.Select(c => (JsonNode?)c).ToArray());
                return o;
            }
        );

    /// <summary>Refusals only this feature knows: unknown catalogue entries, municipalities the caller does not coordinate.</summary>
    private static Gen<FuzzBody> FeatureRefusals(Gen<JsonObject> valid) =>
        valid.SelectMany(body =>
            Gen.OneOf(
                Gen.Const(Set(body, "domains", new JsonArray("education", "no-such-domain"), "unknown domain")),
                Gen.Const(Set(body, "domains", new JsonArray(), "no domains")),
                Gen.Const(Set(body, "municipalities", new JsonArray("GM0000"), "unknown municipality")),
                Gen.Const(
                    Set(body, "municipalities", new JsonArray("GM9902"), "municipality not coordinated by the caller")
                ),
                Gen.Const(Set(body, "municipalities", new JsonArray(), "no municipalities"))
            )
        );

    /// <summary>Lone surrogates survive JSON escaping but not UTF-8 storage: either refused or stored faithfully.</summary>
    private static Gen<FuzzBody> Odd(Gen<JsonObject> valid) =>
        valid.Select(body =>
        {
            var text = body.ToJsonString();
            var name = body["name"]!.GetValue<string>();
            return new FuzzBody(
                text.Replace(JsonValue.Create(name).ToJsonString(), "\"Broken \\ud800 surrogate\""),
                null,
                Expect.Either,
                "lone surrogate"
            );
        });

    /// <summary>
    /// The bodies every organisation write is tried with, shaped by the served document: its request schema gives the
    /// fields to break (with the caps <see cref="DocumentGaps"/> adds) and the contact channels; the document's own
    /// rules are broken directly too.
    /// </summary>
    private async Task<(Gen<FuzzBody> Bodies, DocumentSchema Schema)> BodiesAsync()
    {
        var document = await ServedDocument.ReadAsync(factory);
        var (schema, shape) = document.Body("POST", Url);
        var valid = Valid([.. document.Schema("ContactChannel").Enum!]);
        return (
            Gen.Frequency(
                (10, valid.Select(b => new FuzzBody(b.ToJsonString(), b, Expect.Accepted, "valid"))),
                (14, shape.Malformed(valid)),
                (3, FeatureRefusals(valid)),
                (2, JsonGen.NotAnObject),
                (1, Odd(valid)),
                (6, DocumentBodies.Violations(schema, valid).Select(v => v.ToFuzzBody()))
            ),
            schema
        );
    }

    [Fact]
    public async Task Create_never_fails_refusals_change_nothing_and_acceptances_read_back_equal()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var (bodies, schema) = await BodiesAsync();
        await bodies.SampleAsync(
            async body =>
            {
                var before = await StoreSnapshot.TakeAsync(factory);
                var response = await client.PostAsync(Url, FuzzFactory.Json(body.Text));
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{status} for {body}: {text}");
                AssertFollowsDocument(schema, body, status, text);

                if (status == 201)
                {
                    Assert.NotEqual(Expect.Refused, body.Expect);
                    var created = JsonNode.Parse(text)!;
                    Assert.Equal(
                        StoreSnapshot.AuditCount(before) + 1,
                        StoreSnapshot.AuditCount(await StoreSnapshot.TakeAsync(factory))
                    );
                    var read = await (await client.GetAsync($"{Url}/{created["id"]}")).ExpectAsync(HttpStatusCode.OK);
                    Assert.Equal(Normalise(created), Normalise(read!));
                    if (body.Valid is not null)
                        AssertMatchesInput(body.Valid, read!, version: 1);
                }
                else
                {
                    Assert.True(status == 400, $"{status} for {body}: {text}");
                    Assert.NotEqual(Expect.Accepted, body.Expect);
                    Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
                }
            },
            iter: FuzzFactory.Iterations,
            threads: 1,
            print: b => b.ToString()
        );
    }

    [Fact]
    public async Task Update_never_fails_refusals_change_nothing_and_acceptances_read_back_equal()
    {
        var owner = factory.ClientFor("coordinator.amberveen");
        var outsider = factory.ClientFor("coordinator.lindewaard");
        var id = await CreateTargetAsync(owner);
        var precondition = Gen.Frequency(
            (16, Gen.Const("current")),
            (1, Gen.Const("stale")),
            (1, Gen.Const("missing")),
            (1, Gen.Const("garbage")),
            (1, Gen.Const("outsider"))
        );

        // The state is read once, then carried forward: every iteration proves what the store holds afterwards.
        var current = (await (await owner.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK))!;
        var (bodies, schema) = await BodiesAsync();
        await Gen.Select(bodies, precondition)
            .SampleAsync(
                async (body, ifMatch) =>
                {
                    var version = current["version"]!.GetValue<int>();
                    var before = await StoreSnapshot.TakeAsync(factory);
                    var request = new HttpRequestMessage(HttpMethod.Put, $"{Url}/{id}")
                    {
                        Content = FuzzFactory.Json(body.Text),
                    };
                    var header = ifMatch switch
                    {
                        "current" or "outsider" => $"\"{version}\"",
                        "stale" => $"\"{version - 1}\"",
                        "garbage" => "W/\"x\"",
                        _ => null,
                    };
                    if (header is not null)
                        request.Headers.TryAddWithoutValidation("If-Match", header);
                    var response = await (ifMatch == "outsider" ? outsider : owner).SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    Assert.True(status < 500, $"{status} for {body} with If-Match {ifMatch}: {text}");
                    if (ifMatch == "current")
                        AssertFollowsDocument(schema, body, status, text);
                    var read = (await (await owner.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK))!;

                    if (status == 200)
                    {
                        Assert.Equal("current", ifMatch);
                        Assert.NotEqual(Expect.Refused, body.Expect);
                        Assert.Equal(
                            StoreSnapshot.AuditCount(before) + 1,
                            StoreSnapshot.AuditCount(await StoreSnapshot.TakeAsync(factory))
                        );
                        Assert.Equal(Normalise(JsonNode.Parse(text)!), Normalise(read));
                        if (body.Valid is not null)
                            AssertMatchesInput(body.Valid, read, version + 1);
                    }
                    else
                    {
                        Assert.True(
                            body.Expect != Expect.Accepted || ifMatch != "current",
                            $"valid body refused with {status}: {body}: {text}"
                        );
                        // Unreadable bodies are refused before anything else; readable ones meet visibility, then If-Match, then validation.
                        var precondition = ifMatch switch
                        {
                            "stale" or "garbage" => 412,
                            "missing" => 428,
                            "outsider" => 404,
                            _ => 400,
                        };
                        int[] allowed = body.Valid is null ? [400, precondition] : [precondition];
                        if (body.Expect != Expect.Either)
                            Assert.True(
                                allowed.Contains(status),
                                $"{status} (expected {string.Join(" or ", allowed)}) for {body} with If-Match {ifMatch}: {text}"
                            );
                        Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
                        Assert.Equal(Normalise(current), Normalise(read));
                    }
                    current = read;
                },
                iter: FuzzFactory.Iterations,
                threads: 1,
                print: t => $"{t.Item1} with If-Match {t.Item2}"
            );
    }

    [Fact]
    public async Task Deactivate_and_reactivate_follow_the_model_whatever_the_preconditions_and_bodies()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = await CreateTargetAsync(client);
        var junk = Gen.Frequency(
            (3, Gen.Const((string?)null)),
            (1, JsonGen.AnyValue.Select(v => (string?)(v?.ToJsonString() ?? "null")))
        );
        var ops = Gen.Select(Gen.Bool, Gen.OneOf("none", "current", "stale", "garbage"), junk);

        // A model of the one organisation: its active flag and version, checked against every answer.
        var (version, active) = (1, true);
        await ops.SampleAsync(
            async (activate, ifMatch, body) =>
            {
                var before = await StoreSnapshot.TakeAsync(factory);
                var request = new HttpRequestMessage(
                    HttpMethod.Post,
                    $"{Url}/{id}/{(activate ? "reactivate" : "deactivate")}"
                );
                if (body is not null)
                    request.Content = FuzzFactory.Json(body);
                var header = ifMatch switch
                {
                    "current" => $"\"{version}\"",
                    "stale" => $"\"{version + 1}\"",
                    "garbage" => "nonsense",
                    _ => null,
                };
                if (header is not null)
                    request.Headers.TryAddWithoutValidation("If-Match", header);
                var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();

                if (ifMatch is "stale" or "garbage")
                {
                    Assert.True(
                        response.StatusCode == HttpStatusCode.PreconditionFailed,
                        $"{(int)response.StatusCode}: {text}"
                    );
                    Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
                    return;
                }
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
                var changed = active != activate;
                (version, active) = (changed ? version + 1 : version, activate);
                var answer = JsonNode.Parse(text)!;
                Assert.Equal(active, answer["isActive"]!.GetValue<bool>());
                Assert.Equal(version, answer["version"]!.GetValue<int>());
                Assert.Equal($"{version}", response.VersionTag());
                Assert.Equal(
                    StoreSnapshot.AuditCount(before) + (changed ? 1 : 0),
                    StoreSnapshot.AuditCount(await StoreSnapshot.TakeAsync(factory))
                );
            },
            iter: FuzzFactory.Iterations,
            threads: 1
        );
    }

    [Fact]
    public async Task Graphql_create_organisation_never_fails_refusals_change_nothing_and_acceptances_read_back_equal()
    {
        const string mutation =
            "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { databaseId name kind domains municipalities version } }";
        var client = factory.ClientFor("coordinator.amberveen");
        var (bodies, _) = await BodiesAsync();
        await bodies.SampleAsync(
            async body =>
            {
                var before = await StoreSnapshot.TakeAsync(factory);
                // The generated body is the input variable, embedded as sent: broken JSON makes the whole request broken.
                var request =
                    "{\"query\":"
                    + JsonValue.Create(mutation).ToJsonString()
                    + ",\"variables\":{\"input\":"
                    + (body.Text.Length == 0 ? "null" : GraphQLEnums(body.Text))
                    + "}}";
                var response = await client.PostAsync("/graphql", FuzzFactory.Json(request));
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{status} for {body}: {text}");
                var answer = status == 200 ? JsonNode.Parse(text) : null;
                var created = answer?["data"]?["createOrganisation"];

                if (created is not null)
                {
                    Assert.NotEqual(Expect.Refused, body.Expect);
                    Assert.Equal(
                        StoreSnapshot.AuditCount(before) + 1,
                        StoreSnapshot.AuditCount(await StoreSnapshot.TakeAsync(factory))
                    );
                    var read = await (await client.GetAsync($"{Url}/{created["databaseId"]}")).ExpectAsync(
                        HttpStatusCode.OK
                    );
                    foreach (var field in new[] { "name", "kind", "domains", "municipalities", "version" })
                        Assert.Equal(created[field]!.ToJsonString(), read![field]!.ToJsonString());
                    if (body.Valid is not null)
                        AssertMatchesInput(body.Valid, read!, version: 1);
                }
                else
                {
                    Assert.NotEqual(Expect.Accepted, body.Expect);
                    Assert.Equal(before, await StoreSnapshot.TakeAsync(factory));
                }
            },
            iter: FuzzFactory.Iterations,
            threads: 1,
            print: b => b.ToString()
        );
    }

    /// <summary>GraphQL spells enum values in upper snake case (WORK_PHONE) where REST JSON has camelCase (workPhone).</summary>
    private static string GraphQLEnums(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            text,
            "\"channel\":\"(workPhone|mobile|email|secureMail|website)\"",
            m =>
                $"\"channel\":\"{System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "([a-z])([A-Z])", "$1_$2").ToUpperInvariant()}\""
        );

    [Fact]
    public async Task Graphql_variables_with_a_lone_surrogate_are_a_bad_request_not_a_crash()
    {
        const string request =
            """{"query":"mutation($input: OrganisationInput!) { createOrganisation(input: $input) { name } }","variables":{"input":{"name":"x\ud800"}}}""";
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostAsync("/graphql", FuzzFactory.Json(request));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Null_contact_point_is_a_validation_error_not_a_crash()
    {
        var body =
            """{"name":"N","kind":"school","domains":["education"],"municipalities":["GM9901"],"contactPoints":[null]}""";
        var response = await factory.ClientFor("coordinator.amberveen").PostAsync(Url, FuzzFactory.Json(body));
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal("must not be null", problem["errors"]!["contactPoints[0]"]![0]!.GetValue<string>());
    }

    /// <summary>A valid body follows the served document; a body the document refuses is a 400 naming the field.</summary>
    private static void AssertFollowsDocument(DocumentSchema schema, FuzzBody body, int status, string text)
    {
        var violations = DocumentAnswers.ViolationsOf(schema, body.Text);
        if (body.Expect == Expect.Accepted)
            Assert.True(
                violations.Count == 0,
                $"a body valid by construction breaks the served document at {string.Join(", ", violations)}: {body}"
            );
        if (violations.Count > 0)
            DocumentAnswers.AssertFieldError(status, text, violations, $"{status} for {body}: {text}");
    }

    private static async Task<string> CreateTargetAsync(HttpClient client)
    {
        var created = await (
            await client.PostAsync(
                Url,
                FuzzFactory.Json(
                    """{"name":"Fuzz Target","kind":"school","domains":["education"],"municipalities":["GM9901"]}"""
                )
            )
        ).ExpectAsync(HttpStatusCode.Created);
        return created!["id"]!.GetValue<string>();
    }

    /// <summary>The stored organisation must be the input as the API documents it: trimmed text, lists as sets.</summary>
    private static void AssertMatchesInput(JsonObject input, JsonNode read, int version)
    {
        Assert.Equal(input["name"]!.GetValue<string>().Trim(), read["name"]!.GetValue<string>());
        Assert.Equal(input["kind"]!.GetValue<string>().Trim(), read["kind"]!.GetValue<string>());
        Assert.Equal(SortedSet(input["domains"]), SortedSet(read["domains"]));
        Assert.Equal(SortedSet(input["municipalities"]), SortedSet(read["municipalities"]));
        Assert.Equal(version, read["version"]!.GetValue<int>());
        Assert.True(read["isActive"]!.GetValue<bool>());
        var expected = (input["contactPoints"]?.AsArray() ?? []).Select(c =>
            ContactKey(
                c!["channel"]!.GetValue<string>(),
                c["value"]!.GetValue<string>().Trim(),
                c["label"]?.GetValue<string>().Trim()
            )
        );
        var actual = read["contactPoints"]!
            .AsArray()
            .Select(c =>
                ContactKey(
                    c!["channel"]!.GetValue<string>(),
                    c["value"]!.GetValue<string>(),
                    c["label"]?.GetValue<string>()
                )
            );
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static string ContactKey(string channel, string value, string? label) =>
        $"{channel}|{value}|{label ?? "<none>"}";

    private static string[] SortedSet(JsonNode? list) =>
        [.. (list?.AsArray() ?? []).Select(x => x!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>An answer with its lists in a stable order, so two reads of the same state compare equal.</summary>
    private static string Normalise(JsonNode node)
    {
        var copy = node.DeepClone().AsObject();
        if (copy["contactPoints"] is JsonArray contacts)
            copy["contactPoints"] = new JsonArray(
                contacts
                    .Select(c => c!.ToJsonString())
                    .Order(StringComparer.Ordinal)
                    .Select(s => JsonNode.Parse(s))
                    .ToArray()
            );
        return copy.ToJsonString();
    }

    private static FuzzBody Set(JsonObject body, string field, JsonNode value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = value;
        return new FuzzBody(copy.ToJsonString(), null, Expect.Refused, why);
    }
}
