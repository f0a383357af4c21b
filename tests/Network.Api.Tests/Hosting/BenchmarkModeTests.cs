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
