using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// Every GraphQL root field (read from the served schema) × every principal has a written-down expected
/// outcome, tried against a fresh world over real HTTP, the same way as the REST matrix.
/// </summary>
public sealed class GraphQLAuthorizationMatrixTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    public static TheoryData<string> Fields() => [.. GraphQLMatrix.Rows.Select(r => r.Field)];

    [Fact]
    public async Task Every_graphql_root_field_has_a_row()
    {
        var response = await factory
            .ClientFor("admin")
            .PostAsJsonAsync(
                "/graphql",
                new { query = "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }" }
            );
        var schema = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__schema"]!;
        var served = schema["queryType"]!["fields"]!
            .AsArray()
            .Concat(schema["mutationType"]!["fields"]!.AsArray())
            .Select(f => f!["name"]!.GetValue<string>())
            .ToHashSet();
        var written = GraphQLMatrix.Rows.Select(r => r.Field).ToHashSet();
        Assert.True(
            served.SetEquals(written),
            $"Missing rows: {string.Join(", ", served.Except(written))}; rows without a field: {string.Join(", ", written.Except(served))}"
        );
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Graphql_field_answers_each_principal_as_written_down(string field)
    {
        var row = GraphQLMatrix.Rows.Single(r => r.Field == field);
        var failures = new List<string>();
        var world = new TestWorld(factory);
        foreach (var principal in Enum.GetValues<Principal>())
        {
            var cell = await world.MatrixCellAsync();
            var client = world.ClientFor(cell, principal);
            var response = await client.PostAsJsonAsync(
                "/graphql",
                new { query = row.Document, variables = row.Variables(cell) },
                HttpAssertions.Json
            );
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var errors = body["errors"]?.AsArray() ?? [];
            var outcome =
                errors.Count == 0 ? GqlExpect.Ok : errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(no code)";
            var expected = row.Expect.For(principal);
            if (outcome != expected)
                failures.Add($"{principal}: expected {expected}, got {outcome}: {body.ToJsonString()}");
            // Invisible means absent: a refused read never carries the object's data.
            if (expected == GqlExpect.NotFound)
                Assert.DoesNotContain("Matrix College", body.ToJsonString());
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
