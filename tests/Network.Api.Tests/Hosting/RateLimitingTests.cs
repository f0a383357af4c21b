using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

/// <summary>A small budget per principal, so the tests can spend it.</summary>
public sealed class RateLimitedFactory : NetworkApiFactory
{
    public const int Limit = 3;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = Limit.ToString(),
            ["RateLimiting:WindowSeconds"] = "3600",
        };
}

public sealed class RateLimitingTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    private const string Url = "/api/v1/organisations";

    [Fact]
    public async Task Exhausting_one_principals_budget_gives_429_with_retry_after_while_another_principal_still_gets_200()
    {
        var spender = factory.ClientFor("coordinator.amberveen");
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
            await (await spender.GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);

        var refused = await spender.GetAsync(Url);
        var problem = await refused.ExpectProblemAsync(HttpStatusCode.TooManyRequests, "TOO_MANY_REQUESTS");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Contains("Retry", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        await (await factory.ClientFor("coordinator.lindewaard").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_token_for_the_same_principal_shares_the_spent_budget()
    {
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
            await factory.ClientFor("system.amberveen").GetAsync(Url);

        var fresh = factory.ClientFor("system.amberveen");
        await (await fresh.GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address_and_health_probes_are_not_limited()
    {
        var anonymous = factory.CreateClient();
        for (var i = 0; i < RateLimitedFactory.Limit; i++)
            await (await anonymous.GetAsync("/api/v1/openapi.json")).ExpectAsync(HttpStatusCode.OK);
        await (await anonymous.GetAsync("/api/v1/openapi.json")).ExpectProblemAsync(HttpStatusCode.TooManyRequests);

        for (var i = 0; i < RateLimitedFactory.Limit + 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);

        await (await factory.ClientFor("admin").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Limiting_can_be_switched_off_by_configuration()
    {
        var unlimited = factory
            .WithSettings(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" })
            .CreateClient()
            .WithBearer(factory.TokenFor("coordinator.lindewaard"));
        for (var i = 0; i < RateLimitedFactory.Limit * 3; i++)
            await (await unlimited.GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
    }
}
