using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

public sealed class BenchmarkModeTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Baseline_endpoint_is_absent_by_default()
    {
        var response = await factory.CreateClient().GetAsync("/bench/baseline");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Baseline_endpoint_answers_static_json_in_benchmark_mode()
    {
        using var bench = new BenchmarkFactory("Benchmark");
        var body = await (await bench.CreateClient().GetAsync("/bench/baseline")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("ok", body!["status"]!.GetValue<string>());
    }

    [Fact]
    public void Benchmark_mode_refuses_to_start_in_production()
    {
        using var production = new BenchmarkFactory("Production");
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        Assert.Contains("must not be set in Production", error.ToString());
    }

    private sealed class BenchmarkFactory(string environment) : NetworkApiFactory
    {
        protected override string Environment => environment;
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Benchmark:Enabled"] = "true", ["Demo:Seed"] = "false" };
    }
}
