using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

public sealed class ProductionFactory : NetworkApiFactory
{
    protected override string Environment => "Production";
}

public sealed class ProductionWithIdeFactory : NetworkApiFactory
{
    protected override string Environment => "Production";
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "true", ["GraphQL:EnableIde"] = "true" };
}

/// <summary>Outside Development, introspection and the IDE are off unless configured on, and errors carry no exception details.</summary>
public sealed class GraphQLProductionTests(ProductionFactory production, ProductionWithIdeFactory configured)
    : IClassFixture<ProductionFactory>,
        IClassFixture<ProductionWithIdeFactory>
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Introspection_and_the_ide_are_off_in_production()
    {
        var refused = await production.ClientFor("coordinator.amberveen").GraphQLAsync(Introspection);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Http.StatusCode);
        refused.Error("INTROSPECTION_DISABLED");
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/graphql/ui")).StatusCode);

        (await production.ClientFor("coordinator.amberveen").GraphQLAsync("{ __typename viewer { role } }")).Ok();
    }

    [Fact]
    public async Task Configuration_switches_introspection_and_the_ide_on_in_production()
    {
        (await configured.CreateClient().GraphQLAsync(Introspection)).Ok();
        var page = await configured.CreateClient().GetAsync("/graphql/ui");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphql/ui/main.js", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Errors_carry_exception_details_only_in_development()
    {
        const string query = """{ organisation(id: "bm90LWFuLWlk") { name } }""";
        var prod = await production.ClientFor("coordinator.amberveen").GraphQLAsync(query);
        Assert.Null(prod.Error("NOT_FOUND")["extensions"]!["details"]);

        using var development = new NetworkApiFactory();
        var dev = await development.ClientFor("coordinator.amberveen").GraphQLAsync(query);
        Assert.NotNull(dev.Error("NOT_FOUND")["extensions"]!["details"]);
    }
}
