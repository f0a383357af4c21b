using GraphQL;
using GraphQL.Execution;
using Network.Api.GraphQL.Http;

namespace Network.Api.Tests.GraphQL;

/// <summary>Status codes for results that are hard to provoke over HTTP without timing (a timeout).</summary>
public sealed class GraphQLResponseStatusTests
{
    [Fact]
    public void A_timed_out_request_is_503_with_graphql_response_json_and_200_with_json()
    {
        var timedOut = new ExecutionResult(new TimeoutError());
        Assert.Equal(503, GraphQLResponses.StatusOf(timedOut, MediaTypes.GraphQLResponse));
        Assert.Equal(200, GraphQLResponses.StatusOf(timedOut, MediaTypes.Json));
    }

    [Fact]
    public void An_executed_request_with_field_errors_is_200_for_both_media_types()
    {
        var executed = new ExecutionResult(new ExecutionError("field failed") { Code = "NOT_FOUND" })
        {
            Executed = true,
        };
        Assert.Equal(200, GraphQLResponses.StatusOf(executed, MediaTypes.GraphQLResponse));
        Assert.Equal(200, GraphQLResponses.StatusOf(executed, MediaTypes.Json));
    }
}
