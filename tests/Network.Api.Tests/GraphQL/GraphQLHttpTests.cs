using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP spec at the HTTP level: methods, media types and status codes.</summary>
public sealed class GraphQLHttpTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Url)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, */*", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    public async Task Accept_header_picks_the_response_media_type(string? accept, string expected)
    {
        var response = await factory.CreateClient().SendAsync(Post("""{"query":"{ __typename }"}""", accept: accept));
        var body = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Query", body!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unacceptable_accept_header_gives_406()
    {
        var response = await factory
            .CreateClient()
            .SendAsync(Post("""{"query":"{ __typename }"}""", accept: "text/html"));
        await response.ExpectProblemAsync(HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Other_request_content_types_give_415(string contentType)
    {
        var response = await factory.CreateClient().SendAsync(Post("""{"query":"{ __typename }"}""", contentType));
        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("""{"variables":{}}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""")]
    [InlineData("""{"query":"{ __typename }","documentId":"abc"}""")]
    public async Task Malformed_requests_give_400_with_a_bad_request_error(string body)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await GraphQLClient.ReadAsync(
                await factory.CreateClient().SendAsync(Post(body, accept: accept))
            );
            Assert.Equal(HttpStatusCode.BadRequest, response.Http.StatusCode);
            response.Error("BAD_REQUEST");
            Assert.Null(response.Data);
        }
    }

    [Theory]
    [InlineData("{ __typename ")] // does not parse
    [InlineData("{ noSuchField }")] // does not validate
    [InlineData("query($n: Int!) { __typename }")] // variable missing
    public async Task Requests_that_did_not_execute_give_400_with_graphql_response_json_and_200_with_json(string query)
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var strict = await client.GraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, strict.Http.StatusCode);
        Assert.Null(strict.Body["data"]);
        Assert.NotEmpty(strict.Errors);

        var legacy = await client.GraphQLAsync(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Http.StatusCode);
        Assert.NotEmpty(legacy.Errors);
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_from_the_query_string()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var query = Uri.EscapeDataString("query($n: Int) { organisations(first: $n) { totalCount } }");
        var variables = Uri.EscapeDataString("""{"n":1}""");
        var response = await GraphQLClient.ReadAsync(
            await client.GetAsync($"{GraphQLClient.Url}?query={query}&variables={variables}")
        );
        Assert.True(response.Ok()["organisations"]!["totalCount"]!.GetValue<int>() >= 0);
    }

    [Fact]
    public async Task Mutation_over_get_gives_405_allowing_post_and_changes_nothing()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var mutation = Uri.EscapeDataString(
            """mutation { createOrganisation(input: {name: "Via GET", kind: "school", domains: ["education"], municipalities: ["GM9901"]}) { id } }"""
        );
        var response = await client.GetAsync($"{GraphQLClient.Url}?query={mutation}");
        await response.ExpectProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);

        var found = (await client.GraphQLAsync("""{ organisations(name: "Via GET") { totalCount } }""")).Ok();
        Assert.Equal(0, found["organisations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Other_methods_give_405()
    {
        var response = await factory
            .CreateClient()
            .PutAsync(GraphQLClient.Url, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_data_questions_get_unauthenticated_but_introspection_works()
    {
        var anonymous = factory.CreateClient();
        var refused = await anonymous.GraphQLAsync("{ __typename organisations { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Http.StatusCode);
        Assert.Equal("Bearer", refused.Http.Headers.WwwAuthenticate.Single().Scheme);
        refused.Error("UNAUTHENTICATED");
        Assert.Null(refused.Data);

        var legacy = await anonymous.GraphQLAsync("{ viewer { role } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Http.StatusCode);
        legacy.Error("UNAUTHENTICATED");

        var schema = (await anonymous.GraphQLAsync("{ __schema { queryType { name } } }")).Ok();
        Assert.Equal("Query", schema["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_token_is_refused_like_rest()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        var response = await client.GraphQLAsync("{ viewer { role } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Http.StatusCode);
        response.Error("UNAUTHENTICATED");
    }
}
