using System.Net;
using System.Net.Http.Headers;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Workshops;

namespace Network.Api.Tests.Reports;

public sealed class NetworkReportApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    /// <summary>A youth triangle and a safety pair, joined through one education professional (Joe).</summary>
    private async Task<(string Code, Guid Joe)> TwoClustersJoinedByOneAsync()
    {
        var code = await _world.MunicipalityAsync();
        var youthOrg = await _world.OrganisationAsync("Jeugdhulp", code, "youth");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var school = await _world.OrganisationAsync("School", code, "education");
        var y1 = await _world.MemberAsync("Yara", "Een", youthOrg, code, "youth-care-worker", domain: "youth");
        var y2 = await _world.MemberAsync("Yusuf", "Twee", youthOrg, code, "youth-care-worker", domain: "youth");
        var y3 = await _world.MemberAsync("Yvette", "Drie", youthOrg, code, "youth-care-worker", domain: "youth");
        var s1 = await _world.MemberAsync("Sem", "Een", police, code, "community-police-officer", domain: "safety");
        var s2 = await _world.MemberAsync("Sara", "Twee", police, code, "community-police-officer", domain: "safety");
        var joe = await _world.MemberAsync("Joe", "Brug", school, code, "care-coordinator", domain: "education");
        foreach (var (a, b) in new[] { (y1, y2), (y2, y3), (y3, y1), (s1, s2), (joe, y1), (joe, s1) })
            await _world.TrustAsync(a, b, code);
        return (code, joe);
    }

    [Fact]
    public async Task Coordinator_gets_the_known_answers_for_two_clusters_joined_by_one_person()
    {
        var (code, joe) = await TwoClustersJoinedByOneAsync();
        var report = await (
            await _world.AsCoordinator(code).GetAsync($"/api/v1/municipalities/{code}/network-report")
        ).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(6, report!["summary"]!["professionals"]!.GetValue<int>());
        Assert.Equal(6, report["summary"]!["confirmedTrust"]!.GetValue<int>());
        Assert.Equal(1, report["summary"]!["groups"]!.GetValue<int>());
        Assert.Equal(
            ["Joe", "Sem", "Yara"],
            report["articulationPoints"]!
                .AsArray()
                .Select(a => a!["person"]!["name"]!.GetValue<string>().Split(' ')[0])
                .Order()
        );
        var joeCut = report["articulationPoints"]!
            .AsArray()
            .Single(a => a!["person"]!["id"]!.GetValue<string>() == joe.ToString());
        Assert.Equal([2, 3], joeCut!["separates"]!.AsArray().Select(g => g!["size"]!.GetValue<int>()).Order());

        var domains = report["domainMatrix"]!["domains"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        int Cell(string a, string b) =>
            report["domainMatrix"]!["cells"]![domains.IndexOf(a)]![domains.IndexOf(b)]!.GetValue<int>();
        Assert.Equal(
            (3, 1, 0, 1, 1),
            (
                Cell("youth", "youth"),
                Cell("safety", "safety"),
                Cell("youth", "safety"),
                Cell("education", "youth"),
                Cell("safety", "education")
            )
        );

        var recommendations = report["recommendations"]!.AsArray();
        var missing = recommendations.Single(r => r!["code"]!.GetValue<string>() == "missing-domain-link");
        Assert.Equal(
            ["youth", "safety"],
            missing!["evidence"]!["domains"]!.AsArray().Select(d => d!.GetValue<string>())
        );
        Assert.Equal(0, missing["evidence"]!["edges"]!.GetValue<int>());
        Assert.Equal(2, recommendations.Count(r => r!["code"]!.GetValue<string>() == "thin-domain-link"));
        var spof = recommendations.Single(r =>
            r!["code"]!.GetValue<string>() == "single-point-of-failure"
            && r["evidence"]!["professionalId"]!.GetValue<string>() == joe.ToString()
        );
        Assert.StartsWith("Joe Brug", spof!["en"]!.GetValue<string>());
        Assert.Contains("enige schakel", spof["nl"]!.GetValue<string>());
        Assert.Equal(5, recommendations.Count(r => r!["code"]!.GetValue<string>() == "concern-without-route"));
        Assert.Equal("high", recommendations[0]!["severity"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_coordinators_of_the_municipality_and_admins_get_the_report()
    {
        var code = await _world.MunicipalityAsync();
        var url = $"/api/v1/municipalities/{code}/network-report";
        await (await _world.AsCoordinator(code).GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        await (await factory.ClientFor("admin").GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        await (await factory.ClientFor("coordinator.amberveen").GetAsync(url)).ExpectProblemAsync(
            HttpStatusCode.NotFound,
            "NOT_FOUND"
        );
        await (
            await factory.ClientFor("coordinator.lindewaard").GetAsync("/api/v1/municipalities/GM9901/network-report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await factory.ClientFor("system.amberveen").GetAsync("/api/v1/municipalities/GM9901/network-report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        var org = await _world.OrganisationAsync("Eigen", code);
        var own = _world.AsProfessional(await _world.MemberAsync("Eva", "Eigen", org, code), code);
        await (await own.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await factory.ClientFor("admin").GetAsync("/api/v1/municipalities/GM0000/network-report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_is_a_flat_table_of_findings()
    {
        var (code, joe) = await TwoClustersJoinedByOneAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/municipalities/{code}/network-report");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await _world.AsCoordinator(code).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scope,section,code,subject,value,professional_id,professional_name,nl,en", lines[0]);
        Assert.Contains("now,summary,confirmed-trust," + code + ",6,,,,", lines);
        Assert.Contains(lines, l =>
            l.StartsWith($"now,articulation-point,single-point-of-failure,") && l.Contains(joe.ToString())
        );
        Assert.Contains(lines, l =>
            l.StartsWith("now,recommendation,missing-domain-link,high,") && l.Contains("domains=youth|safety")
        );
        Assert.All(lines.Skip(1), l => Assert.StartsWith("now,", l));
    }

    [Fact]
    public async Task Html_is_a_self_contained_page_with_the_heat_map_and_the_network_picture()
    {
        var (code, _) = await TwoClustersJoinedByOneAsync();
        var client = _world.AsCoordinator(code);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/municipalities/{code}/network-report");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<svg id=\"domain-matrix\"", html);
        Assert.Contains("<svg id=\"network-picture\"", html);
        Assert.Equal(6, CountOf(html, "class=\"node\""));
        Assert.Equal(6, CountOf(html, "class=\"edge\""));
        Assert.Contains("@media print", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.Contains(
            "style-src 'self' 'unsafe-inline'",
            response.Headers.GetValues("Content-Security-Policy").Single()
        );

        var viaQuery = await client.GetAsync($"/api/v1/municipalities/{code}/network-report?format=html");
        Assert.Equal("text/html", viaQuery.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unsupported_formats_answer_406()
    {
        var code = await _world.MunicipalityAsync();
        var client = _world.AsCoordinator(code);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/municipalities/{code}/network-report");
        request.Headers.Accept.ParseAdd("application/xml");
        await (await client.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.NotAcceptable);
        await (await client.GetAsync($"/api/v1/municipalities/{code}/network-report?format=pdf")).ExpectProblemAsync(
            HttpStatusCode.NotAcceptable
        );
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
