using System.Net;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// The service with a one-second GraphQL timeout and one field that never finishes on its own: <c>viewer</c> waits
/// for the request's cancellation token (a field middleware of this host only), as a slow store call would. Nothing
/// but the timeout can end such a request.
/// </summary>
public sealed class StallingViewerFactory : NetworkApiFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["GraphQL:TimeoutSeconds"] = "1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IConfigureSchema, StallViewer>());
    }

    private sealed class StallViewer : IConfigureSchema
    {
        public void Configure(ISchema schema, IServiceProvider serviceProvider) =>
            schema.FieldMiddleware.Use(next =>
                async context =>
                {
                    if (context.FieldDefinition.Name == "viewer")
                        await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    return await next(context);
                }
            );
    }
}

/// <summary>An over-long query is stopped at <c>GraphQL:TimeoutSeconds</c> and answered with the TIMEOUT error.</summary>
public sealed class GraphQLTimeoutTests(StallingViewerFactory factory) : IClassFixture<StallingViewerFactory>
{
    [Fact]
    public async Task A_query_that_runs_past_the_timeout_is_stopped_and_answered_503_with_one_TIMEOUT_error()
    {
        var client = factory.ClientFor("teacher.amberveen");
        // Far above the one-second timeout: a request still open when this expires was not stopped by it.
        client.Timeout = TimeSpan.FromSeconds(30);

        var answer = await client.GraphQLAsync("{ viewer { role } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Http.StatusCode);
        var error = answer.Error("TIMEOUT");
        Assert.Equal("The operation has timed out.", error["message"]!.GetValue<string>());
        Assert.Null(answer.Data);
    }

    [Fact]
    public async Task With_application_json_the_timed_out_query_is_200_with_the_same_error()
    {
        var client = factory.ClientFor("teacher.amberveen");
        client.Timeout = TimeSpan.FromSeconds(30);

        var answer = await client.GraphQLAsync("{ viewer { role } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Http.StatusCode);
        answer.Error("TIMEOUT");
    }

    [Fact]
    public async Task A_query_that_finishes_in_time_is_answered_and_later_requests_are_not_cancelled()
    {
        var client = factory.ClientFor("teacher.amberveen");
        client.Timeout = TimeSpan.FromSeconds(30);
        for (var i = 0; i < 3; i++)
            Assert.NotNull((await client.GraphQLAsync("{ organisations { edges { node { name } } } }")).Ok());
    }
}
