using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>A GraphQL response as the tests read it: the HTTP status and media type, and the JSON body.</summary>
public sealed record GraphQLResponse(HttpResponseMessage Http, JsonNode Body)
{
    public JsonNode? Data => Body["data"];
    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];
    public IReadOnlyList<string?> Codes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();
    public string? MediaType => Http.Content.Headers.ContentType?.MediaType;

    /// <summary>Asserts the request executed without any error and returns <c>data</c>.</summary>
    public JsonNode Ok()
    {
        Assert.True(Errors.Count == 0, $"Expected no errors but got: {Body.ToJsonString()}");
        Assert.Equal(200, (int)Http.StatusCode);
        return Data ?? throw new Xunit.Sdk.XunitException("no data");
    }

    /// <summary>Asserts exactly one error with the given code and returns it.</summary>
    public JsonNode Error(string code)
    {
        Assert.True(Errors.Count == 1 && Codes[0] == code, $"Expected one {code} error but got: {Body.ToJsonString()}");
        return Errors[0]!;
    }
}

public static class GraphQLClient
{
    public const string Url = "/graphql";
    public const string GraphQLResponseType = "application/graphql-response+json";

    public static async Task<GraphQLResponse> GraphQLAsync(
        this HttpClient client,
        string query,
        object? variables = null,
        string? accept = GraphQLResponseType,
        string? operationName = null
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = operationName is null
                ? JsonContent.Create(new { query, variables }, options: HttpAssertions.Json)
                : JsonContent.Create(
                    new
                    {
                        query,
                        variables,
                        operationName,
                    },
                    options: HttpAssertions.Json
                ),
        };
        if (accept is not null)
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return await ReadAsync(await client.SendAsync(request));
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)
            ?? throw new Xunit.Sdk.XunitException($"empty body ({(int)response.StatusCode})");
        return new GraphQLResponse(response, body);
    }

    /// <summary>Creates an organisation through GraphQL and returns its global id.</summary>
    public static async Task<string> CreateOrganisationAsync(
        this HttpClient client,
        string name,
        string municipality = "GM9901"
    )
    {
        var response = await client.GraphQLAsync(
            "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = NewSchool(name, municipality) }
        );
        return response.Ok()["createOrganisation"]!["id"]!.GetValue<string>();
    }

    public static object NewSchool(string name, string municipality = "GM9901") =>
        new
        {
            name,
            kind = "school",
            domains = new[] { "education" },
            municipalities = new[] { municipality },
            contactPoints = new[]
            {
                new
                {
                    channel = "WORK_PHONE",
                    value = "+31 20 000 0000",
                    label = "Switchboard",
                },
            },
        };
}
