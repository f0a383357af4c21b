using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Workshops;

namespace Network.Api.Tests.Reports;

public sealed class WorkshopReportApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    [Fact]
    public async Task The_workshop_report_compares_the_day_before_with_now_and_counts_the_trust_it_produced()
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var youth = await _world.OrganisationAsync("Jeugd", code, "youth");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var y = await _world.MemberAsync("Yos", "Jeugd", youth, code, domain: "youth");
        var s = await _world.MemberAsync("Sil", "Politie", police, code, domain: "safety");
        var old = await _world.MemberAsync("Oud", "Bekende", youth, code, domain: "youth");
        await _world.TrustAsync(y, old, code, at: DateTimeOffset.UtcNow.AddYears(-1));

        var date = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
        var id = (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Effect", code, date: date)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        foreach (var p in new[] { y, s })
            await (
                await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        await (
            await _world
                .AsProfessional(y, code)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { s } })
        ).ExpectAsync(HttpStatusCode.OK);
        await (
            await _world
                .AsProfessional(s, code)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { y } })
        ).ExpectAsync(HttpStatusCode.OK);

        var report = await (await coordinator.GetAsync($"/api/v1/workshops/{id}/network-report")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(1, report!["before"]!["summary"]!["confirmedTrust"]!.GetValue<int>());
        Assert.Equal(2, report["after"]!["summary"]!["confirmedTrust"]!.GetValue<int>());
        var delta = report["delta"]!;
        Assert.Equal(1, delta["trustFromWorkshop"]!.GetValue<int>());
        Assert.Equal(
            (1, 0),
            (
                delta["participantsWithoutTrustBefore"]!.GetValue<int>(),
                delta["participantsWithoutTrustAfter"]!.GetValue<int>()
            )
        );
        Assert.Equal(["youth", "safety"], delta["domainLinksGained"]![0]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains(report["after"]!["graph"]!["edges"]!.AsArray(), e =>
            e!["workshopId"]?.GetValue<string>() == id
        );

        var html = await (
            await coordinator.GetAsync($"/api/v1/workshops/{id}/network-report?format=html")
        ).Content.ReadAsStringAsync();
        Assert.Contains("<svg id=\"domain-matrix-before\"", html);
        Assert.Contains("<svg id=\"domain-matrix\"", html);
        Assert.Contains("stroke-dasharray=\"5 3\"", html); // the workshop's trust is drawn dashed
        var csv = await (
            await coordinator.GetAsync($"/api/v1/workshops/{id}/network-report?format=csv")
        ).Content.ReadAsStringAsync();
        Assert.Contains("delta,workshop,trust-from-workshop,Effect,1,,,,", csv);
        Assert.Contains("\r\nbefore,summary,confirmed-trust,", csv);

        await (
            await factory.ClientFor("coordinator.lindewaard").GetAsync($"/api/v1/workshops/{id}/network-report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await _world.AsProfessional(y, code).GetAsync($"/api/v1/workshops/{id}/network-report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
