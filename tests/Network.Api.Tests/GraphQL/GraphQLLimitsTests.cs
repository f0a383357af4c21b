using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.GraphQL.Execution;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>The service with small GraphQL limits, so each limit can be tested at its boundary.</summary>
public sealed class SmallLimitsFactory : NetworkApiFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "4",
            ["GraphQL:MaxComplexity"] = "100",
            ["GraphQL:MaxAliases"] = "3",
            ["GraphQL:MaxDocumentBytes"] = "300",
        };
}

/// <summary>Each limit: the limit itself passes, one more is refused with a clear error and code.</summary>
public sealed class GraphQLLimitsTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    private HttpClient Client => factory.ClientFor("coordinator.amberveen");

    [Fact]
    public async Task Depth_at_the_limit_passes_and_one_deeper_is_refused()
    {
        (await Client.GraphQLAsync("{ organisations { edges { node { name } } } }")).Ok();
        var refused = await Client.GraphQLAsync("{ organisations { edges { node { contactPoints { value } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Http.StatusCode);
        Assert.Contains("GraphQL:MaxDepth", refused.Error("MAX_DEPTH_EXCEEDED")["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complexity_at_the_limit_passes_and_one_page_item_more_is_refused()
    {
        // organisations (1) + edges (1) + first × (node + name): 2 + 2 × 49 = 100.
        const string query = "query($n: Int) { organisations(first: $n) { edges { node { name } } } }";
        (await Client.GraphQLAsync(query, new { n = 49 })).Ok();
        var refused = await Client.GraphQLAsync(query, new { n = 50 });
        Assert.Contains(
            "GraphQL:MaxComplexity",
            refused.Error("MAX_COMPLEXITY_EXCEEDED")["message"]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task Aliases_at_the_limit_pass_and_one_more_is_refused()
    {
        (await Client.GraphQLAsync("{ a: viewer { role } b: viewer { role } c: viewer { role } }")).Ok();
        var refused = await Client.GraphQLAsync(
            "{ a: viewer { role } b: viewer { role } c: viewer { role } d: viewer { role } }"
        );
        Assert.Contains("GraphQL:MaxAliases", refused.Error("TOO_MANY_ALIASES")["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_size_at_the_limit_passes_and_one_byte_more_is_refused()
    {
        const string core = "{ viewer { role } }";
        (await Client.GraphQLAsync(core + new string(' ', 300 - core.Length))).Ok();
        var refused = await Client.GraphQLAsync(core + new string(' ', 301 - core.Length));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Http.StatusCode);
        Assert.Contains("GraphQL:MaxDocumentBytes", refused.Error("DOCUMENT_TOO_LARGE")["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pure_introspection_is_exempt_from_depth_and_complexity_but_mixed_operations_are_not()
    {
        const string deep =
            "__schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } }";
        var introspection = (await factory.CreateClient().GraphQLAsync($"{{ {deep} }}")).Ok();
        Assert.NotEmpty(introspection["__schema"]!["types"]!.AsArray());

        (await Client.GraphQLAsync($"{{ {deep} viewer {{ role }} }}")).Error("MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Cached_documents_are_still_checked_for_the_caller_and_the_variables()
    {
        const string viewer = "{ viewer { role } subject: viewer { subject } }";
        (await Client.GraphQLAsync(viewer)).Ok();
        Assert.NotNull(factory.Services.GetRequiredService<DocumentCache>().Find(viewer));
        (await factory.CreateClient().GraphQLAsync(viewer)).Error("UNAUTHENTICATED");

        const string page = "query($n: Int) { organisations(first: $n) { edges { node { name } } } }";
        (await Client.GraphQLAsync(page, new { n = 10 })).Ok();
        Assert.NotNull(factory.Services.GetRequiredService<DocumentCache>().Find(page));
        (await Client.GraphQLAsync(page, new { n = 60 })).Error("MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task Each_operation_of_a_cached_document_is_checked_for_complexity()
    {
        const string document =
            "query Cheap { viewer { role } } query Costly { organisations(first: 60) { edges { node { name } } } }";
        (await Client.GraphQLAsync(document, operationName: "Cheap")).Ok();
        Assert.NotNull(factory.Services.GetRequiredService<DocumentCache>().Find(document));
        (await Client.GraphQLAsync(document, operationName: "Costly")).Error("MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task Documents_that_fail_validation_are_not_cached()
    {
        const string invalid = "{ viewer { noSuchField } }";
        await Client.GraphQLAsync(invalid);
        Assert.Null(factory.Services.GetRequiredService<DocumentCache>().Find(invalid));
    }
}
