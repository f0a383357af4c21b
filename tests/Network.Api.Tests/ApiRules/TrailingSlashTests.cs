using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>/core/no-trailing-slash: a trailing slash is a different, non-existent resource: 404, never a redirect.</summary>
public sealed class TrailingSlashTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Theory]
    [InlineData("/api/v1/organisations/")]
    [InlineData("/api/v1/openapi.json/")]
    [InlineData("/health/ready/")]
    public async Task Trailing_slash_gives_404_problem(string path)
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.GetAsync(path);
        Assert.Null(response.Headers.Location);
        await response.ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Same_path_without_the_slash_answers()
    {
        var response = await factory.ClientFor("coordinator.amberveen").GetAsync("/api/v1/organisations");
        await response.ExpectAsync(HttpStatusCode.OK);
    }
}
