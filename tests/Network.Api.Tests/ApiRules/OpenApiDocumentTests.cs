using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>Dutch API Design Rules about the published OpenAPI document and what it says of every operation.</summary>
public sealed partial class OpenApiDocumentTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string DocumentUrl = "/api/v1/openapi.json";

    [Fact]
    public async Task Openapi_document_is_public_and_readable_from_any_origin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, DocumentUrl);
        request.Headers.Add("Origin", "https://some-other-municipality.example");
        var response = await factory.CreateClient().SendAsync(request);

        var document = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.StartsWith("3.", document!["openapi"]!.GetValue<string>());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Openapi_document_answers_a_cors_preflight_from_any_origin()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, DocumentUrl);
        request.Headers.Add("Origin", "https://some-other-municipality.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await factory.CreateClient().SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Info_has_a_semver_version_and_a_complete_contact()
    {
        var info = (await factory.OpenApiDocumentAsync())["info"]!;
        Assert.Matches(SemVer(), info["version"]!.GetValue<string>());
        var contact = info["contact"]!;
        Assert.False(string.IsNullOrWhiteSpace(contact["name"]?.GetValue<string>()));
        Assert.Contains("@", contact["email"]!.GetValue<string>());
        Assert.StartsWith("https://", contact["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Description_states_the_choice_of_english_names()
    {
        var description = (await factory.OpenApiDocumentAsync())["info"]!["description"]!.GetValue<string>();
        Assert.Contains("/core/interface-language", description);
        Assert.Contains("English", description);
    }

    [Fact]
    public async Task Every_rest_operation_has_a_summary_a_description_and_documents_its_problem_responses()
    {
        var operations = TestHosts
            .Operations(await factory.OpenApiDocumentAsync())
            .Where(o => o.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(operations);
        var gaps = new List<string>();
        foreach (var (path, method, op) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            if (string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>()))
                gaps.Add($"{name} has no summary");
            // The description says what an integrator needs beyond the summary: who may call it, errors, side effects.
            if (string.IsNullOrWhiteSpace(op["description"]?.GetValue<string>()))
                gaps.Add($"{name} has no description");
            var responses = op["responses"]!.AsObject();
            if (!responses.Any(r => r.Key.StartsWith('2')))
                gaps.Add($"{name} documents no success response");
            foreach (var status in new[] { "401", "429" }.Where(s => !responses.ContainsKey(s)))
                gaps.Add($"{name} does not document {status}");
            var problems = responses.Where(r => r.Key[0] is '4' or '5').ToList();
            if (problems.Count < 2)
                gaps.Add($"{name} documents no error responses");
            gaps.AddRange(
                problems
                    .Where(p => p.Value!["content"]?["application/problem+json"] is null)
                    .Select(p => $"{name} documents {p.Key} without application/problem+json")
            );
        }
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public async Task Paths_are_kebab_case_and_query_keys_camel_case()
    {
        var document = await factory.OpenApiDocumentAsync();
        foreach (var path in document["paths"]!.AsObject().Select(p => p.Key))
        {
            foreach (
                var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{'))
            )
                Assert.Matches(KebabCase(), segment);
        }
        var queryKeys = TestHosts
            .Operations(document)
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToList();
        Assert.NotEmpty(queryKeys);
        Assert.All(queryKeys, key => Assert.Matches(CamelCase(), key));
    }

    [Fact]
    public async Task Every_rest_operation_sits_under_the_major_version_which_the_server_url_carries()
    {
        var document = await factory.OpenApiDocumentAsync();
        // /core/uri-version as the Logius linter reads it: the server URL ends in the major version.
        Assert.Equal("/api/v1", Assert.Single(document["servers"]!.AsArray())!["url"]!.GetValue<string>());
        var doubled = document["paths"]!
            .AsObject()
            .Select(p => p.Key)
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(doubled);
        Assert.All(TestHosts.Operations(document), op => Assert.StartsWith("/api/v1/", op.Path));
    }

    [Fact]
    public async Task Every_operation_has_a_distinct_camel_case_operation_id_that_generated_clients_name_methods_by()
    {
        var document = await factory.OpenApiDocumentAsync();
        var ids = TestHosts.Operations(document).Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.Matches(CamelCase(), id ?? ""));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var org = document["paths"]!["/organisations/{id}"]!;
        Assert.Equal("getOrganisation", org["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("patchOrganisation", org["patch"]!["operationId"]!.GetValue<string>());
        Assert.Equal("updateMyProfile", document["paths"]!["/me/profile"]!["put"]!["operationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_licence_is_the_one_in_the_repository_LICENSE_file()
    {
        var document = await factory.OpenApiDocumentAsync();
        var license = document["info"]!["license"]!;
        Assert.Equal("EUPL-1.2", license["identifier"]?.GetValue<string>());
        Assert.Null(license["url"]); // OpenAPI 3.1: identifier and url exclude each other
        var text = await File.ReadAllTextAsync(Repository.Path("LICENSE"));
        Assert.StartsWith("# EUROPEAN UNION PUBLIC LICENCE v. 1.2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_limits_and_the_licence_are_declared_not_only_described()
    {
        var document = await factory.OpenApiDocumentAsync();
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["license"]?["name"]?.GetValue<string>()));
        foreach (var (path, method, op) in TestHosts.Operations(document))
        {
            var name = $"{method} {path}";
            var responses = op["responses"]!.AsObject();
            foreach (var (status, response) in responses)
                Assert.True(
                    response!["headers"]?["API-Version"] is not null,
                    $"{name} {status} declares no API-Version"
                );
            var parameters = op["parameters"]?.AsArray() ?? [];
            if (responses.ContainsKey("412"))
            {
                var ifMatch = parameters.SingleOrDefault(p => p!["name"]!.GetValue<string>() == "If-Match");
                Assert.True(ifMatch is not null, $"{name} answers 412 but declares no If-Match");
                Assert.Equal(responses.ContainsKey("428"), ifMatch!["required"]?.GetValue<bool>() ?? false);
            }
            if (parameters.FirstOrDefault(p => p!["name"]!.GetValue<string>() == "pageSize") is { } size)
            {
                Assert.Equal(1, size["schema"]!["minimum"]!.GetValue<int>());
                Assert.Equal(100, size["schema"]!["maximum"]!.GetValue<int>());
            }
            if (responses["201"] is { } created)
                Assert.NotNull(created["headers"]?["Location"]);
        }
        var get = document["paths"]!["/organisations/{id}"]!["get"]!["responses"]!;
        Assert.NotNull(get["200"]!["headers"]!["ETag"]);
        Assert.NotNull(get["304"]!["headers"]!["ETag"]);
        Assert.Null(document["paths"]!["/organisations"]!["get"]!["responses"]!["200"]!["headers"]!["ETag"]);
    }

    [Fact]
    public async Task Problem_details_declare_the_code_and_field_errors_every_error_carries()
    {
        var problem = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]!["ProblemDetails"]!;
        Assert.Equal(
            ["code", "detail", "status", "title", "type"],
            problem["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order()
        );
        Assert.NotNull(problem["properties"]!["errors"]);
        Assert.Equal("string", problem["properties"]!["code"]!["type"]!.GetValue<string>());
        var codes = problem["properties"]!["code"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("VALIDATION_FAILED", codes);
        Assert.Contains("PRECONDITION_REQUIRED", codes);
        Assert.Contains("NOT_FOUND", codes);
    }

    [Fact]
    public async Task Nullable_properties_of_answers_are_not_required_because_nulls_are_left_out()
    {
        var schemas = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]!;
        string[] Required(string name) =>
            [.. schemas[name]!["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []];
        Assert.DoesNotContain("next", Required("PageLinks"));
        Assert.Contains("self", Required("PageLinks"));
        Assert.DoesNotContain("endDate", Required("MembershipDto"));
        Assert.Contains("startDate", Required("MembershipDto"));
        Assert.Empty(Required("ProfessionalSearch"));
        // A request must name what [JsonRequired] or [Required] marks, nullable or not.
        Assert.Contains("about", Required("ProfileInput"));
        Assert.Contains("name", Required("OrganisationInput"));
        var confirmedAt = schemas["TrustRelationshipDto"]!["properties"]!["confirmedAt"]!;
        Assert.NotNull(confirmedAt["type"]);
    }

    /// <summary>
    /// [Required] means a value must be sent: the services refuse null as they refuse absent, so the document does not
    /// let it be null (the records are nullable only to say so as a field error), while a [JsonRequired] property of
    /// PUT /me/profile must be named yet may be null (null clears it), and one that must be sent has no default.
    /// </summary>
    [Fact]
    public async Task Required_request_properties_must_have_a_value_and_have_no_default()
    {
        var schemas = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]!;
        JsonNode Property(string schema, string name) => schemas[schema]!["properties"]![name]!;
        Assert.Equal("string", Property("OrganisationInput", "name")["type"]!.GetValue<string>());
        Assert.Equal("array", Property("CovenantInput", "signatories")["type"]!.GetValue<string>());
        Assert.Null(Property("ProfessionUpdateInput", "regime")["oneOf"]); // the nullable enum's oneOf is now its $ref
        Assert.NotNull(Property("ProfessionUpdateInput", "regime")["$ref"]);
        Assert.Contains(
            "null",
            Property("ProfileInput", "about")["type"]!.AsArray().Select(t => t!.GetValue<string>())
        );
        Assert.Null(Property("ProfileInput", "offersAnonymousConsultation")["default"]);
        Assert.False(Property("ProfessionalInput", "offersAnonymousConsultation")["default"]!.GetValue<bool>());
    }

    /// <summary>
    /// A cap a property's description quotes ("at most 200 characters", "at most 10", "1 to 50") is declared too, with
    /// the same number: clients and validating proxies read maxLength/maxItems/minimum, not prose, and a description
    /// that quotes a number the check no longer uses would mislead.
    /// </summary>
    [Fact]
    public async Task Every_cap_a_description_quotes_is_declared_with_the_same_number()
    {
        var schemas = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]!.AsObject();
        var wrong = new List<string>();
        foreach (var (name, schema) in schemas)
        foreach (var (property, value) in schema!["properties"]?.AsObject() ?? [])
        {
            var types = value!["type"] switch
            {
                JsonArray a => a.Select(t => t!.GetValue<string>()).ToHashSet(),
                JsonValue v => [v.GetValue<string>()],
                _ => new HashSet<string>(), // a $ref or a merge patch's anyOf: the schema it wraps is checked itself
            };
            var text = value["description"]?.GetValue<string>() ?? "";
            int? Declared(string keyword) => value[keyword]?.GetValue<int>();
            void Expect(string keyword, string quoted)
            {
                if (Declared(keyword) != int.Parse(quoted, System.Globalization.CultureInfo.InvariantCulture))
                    wrong.Add($"{name}.{property}: says {quoted}, declares {keyword} {Declared(keyword)}");
            }
            if (types.Contains("string"))
                foreach (Match m in AtMostCharacters().Matches(text))
                    Expect("maxLength", m.Groups[1].Value);
            if (types.Contains("array"))
                foreach (Match m in AtMostItems().Matches(text))
                    Expect("maxItems", m.Groups[1].Value);
            foreach (Match m in FromTo().Matches(text))
            {
                var (min, max) = types.Contains("array") ? ("minItems", "maxItems") : ("minimum", "maximum");
                if (types.Contains("array") || types.Contains("integer"))
                {
                    Expect(min, m.Groups[1].Value);
                    Expect(max, m.Groups[2].Value);
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [GeneratedRegex(@"at most (\d+) characters")]
    private static partial Regex AtMostCharacters();

    [GeneratedRegex(@"at most (\d+)\b(?! characters)")]
    private static partial Regex AtMostItems();

    [GeneratedRegex(@"\b(\d+) to (\d+)\b")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}
