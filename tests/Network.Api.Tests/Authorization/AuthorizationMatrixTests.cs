using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// Every REST operation (read from the served OpenAPI document) × every principal has a written-down
/// expected status, and each cell is tried against a fresh world over real HTTP.
/// </summary>
public sealed class AuthorizationMatrixTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    public static TheoryData<string> RestRows() => [.. RestMatrix.Rows.Select(r => r.Key)];

    [Fact]
    public async Task Every_rest_operation_has_a_row()
    {
        var doc = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/api/v1/openapi.json"))!;
        var served = TestHosts
            .Operations(doc.AsObject())
            .Select(op => $"{op.Method.ToUpperInvariant()} {op.Path}")
            .ToHashSet();
        var written = RestMatrix.Rows.Select(r => r.Key).ToHashSet();
        Assert.True(
            served.SetEquals(written),
            $"Missing rows: {string.Join(", ", served.Except(written))}; rows without an operation: {string.Join(", ", written.Except(served))}"
        );
    }

    [Theory]
    [MemberData(nameof(RestRows))]
    public async Task Rest_operation_answers_each_principal_as_written_down(string key)
    {
        var row = RestMatrix.Rows.Single(r => r.Key == key);
        var failures = new List<string>();
        var world = new TestWorld(factory);
        foreach (var principal in Enum.GetValues<Principal>())
        {
            var cell = await world.MatrixCellAsync();
            var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(cell));
            if (row.Body(cell) is { } body)
                request.Content = body as HttpContent ?? JsonContent.Create(body, options: HttpAssertions.Json);
            if (row.IfMatch is not null)
                request.Headers.TryAddWithoutValidation("If-Match", row.IfMatch);
            var client = world.ClientFor(cell, principal);
            var response = await client.SendAsync(request);
            var expected = row.Expect.For(principal);
            if ((int)response.StatusCode != expected)
                failures.Add(
                    $"{principal}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
                );
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
