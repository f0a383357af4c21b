using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>The API answers JSON only; a client that will not take JSON gets 406 rather than a body it cannot read.</summary>
public sealed class ContentNegotiationTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("text/xml, application/xml;q=0.9")]
    [InlineData("application/json;q=0")]
    public async Task Accept_without_json_gets_406_problem(string accept)
    {
        var response = await GetAsync(accept);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE");
        Assert.Contains("application/json", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("application/xml, application/json;q=0.5")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task Accept_that_admits_json_gets_json(string? accept)
    {
        var response = await GetAsync(accept);
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Refusal_for_media_type_comes_before_authentication()
    {
        // A client that cannot read JSON learns why, instead of a 401 body it cannot read either.
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return factory.ClientFor("coordinator.amberveen").SendAsync(request);
    }
}
