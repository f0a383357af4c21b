using System.Net;
using System.Net.Http.Headers;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Web;

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
    public async Task Session_endpoint_is_absent_by_default()
    {
        var teacher = factory.ClientFor("teacher.amberveen");
        var response = await teacher.PostAsync("/bench/session", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Session_endpoint_turns_a_bearer_token_into_a_web_session_in_benchmark_mode()
    {
        using var bench = new BenchmarkFactory("Benchmark", seed: true);
        var browser = new WebBrowser(bench, "https://localhost");
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.PostAsync("/bench/session", null)).StatusCode);
        var (before, _) = await browser.GetAsync("/ik-maak-me-zorgen");
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/bench/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bench.TokenFor("teacher.amberveen"));
        Assert.Equal(HttpStatusCode.NoContent, (await browser.Http.SendAsync(request)).StatusCode);

        var page = await browser.OpenAsync("/mijn-gegevens");
        Assert.Contains("Anouk", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Server_times_are_absent_by_default()
    {
        var response = await factory.CreateClient().GetAsync("/bench/server-times");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Server_times_count_the_requests_of_a_window_in_benchmark_mode()
    {
        using var bench = new BenchmarkFactory("Benchmark");
        var client = bench.CreateClient();
        await client.GetAsync("/bench/server-times?reset=true");
        for (var i = 0; i < 5; i++)
            await (await client.GetAsync("/bench/baseline")).ExpectAsync(HttpStatusCode.OK);

        var window = await (await client.GetAsync("/bench/server-times?reset=true")).ExpectAsync(HttpStatusCode.OK);
        // The five baseline requests, plus the reset call that opened the window (recorded once it completed).
        Assert.InRange(window!["requests"]!.GetValue<int>(), 5, 6);
        var p50 = window["p50Ms"]!.GetValue<double>();
        var p99 = window["p99Ms"]!.GetValue<double>();
        Assert.True(p50 > 0 && p50 <= p99 && p99 <= window["maxMs"]!.GetValue<double>(), window.ToJsonString());
        Assert.Equal(3, window["collections"]!.AsArray().Count);

        var next = await (await client.GetAsync("/bench/server-times")).ExpectAsync(HttpStatusCode.OK);
        Assert.InRange(next!["requests"]!.GetValue<int>(), 0, 1);
    }

    [Fact]
    public void Benchmark_mode_refuses_to_start_in_production()
    {
        using var production = new BenchmarkFactory("Production");
        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());
        Assert.Contains("must not be set in Production", error.ToString());
    }

    private sealed class BenchmarkFactory(string environment, bool seed = false) : NetworkApiFactory
    {
        protected override string Environment => environment;
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Benchmark:Enabled"] = "true", ["Demo:Seed"] = seed ? "true" : "false" };
    }
}
