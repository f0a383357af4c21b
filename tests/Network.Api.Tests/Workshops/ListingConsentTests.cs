using System.Net;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Workshops;

/// <summary>
/// Consent first: a professional created from an attendance list is seen only by coordinators until they accept
/// being listed themselves (self-service, POST /api/v1/me/listing).
/// </summary>
public sealed class ListingConsentTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    [Fact]
    public async Task An_imported_professional_is_seen_by_coordinators_only_until_they_accept_being_listed()
    {
        await _world.OrganisationAsync("Toestemming", domains: "youth");
        var colleague = _world.AsProfessional(
            await _world.MemberAsync("Cees", "Collega", await _world.OrganisationAsync("Andere"))
        );
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var system = factory.ClientFor("system.amberveen");
        var workshop = (
            await (
                await coordinator.PostJsonAsync("/api/v1/workshops", WorkshopApiTests.NewWorkshop("Toestemming"))
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        var csv =
            $"name;email;organisation;profession\nTine Toestemming;tine.{_world.Suffix}@example.org;Toestemming {_world.Suffix};jongerenwerker\n";
        var imported = await (await AttendanceImportApiTests.ImportAsync(coordinator, workshop, csv)).ExpectAsync(
            HttpStatusCode.OK
        );
        var tine = Guid.Parse(imported!["lines"]![0]!["professionalId"]!.GetValue<string>());
        var url = $"/api/v1/professionals/{tine}";

        var seenByCoordinator = await (await coordinator.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("pending", seenByCoordinator!["listingStatus"]!.GetValue<string>());
        await (await colleague.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await system.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var list = await (
            await colleague.GetAsync("/api/v1/professionals?municipality=GM9901&pageSize=100&profession=youth-worker")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list!["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == tine.ToString());

        var self = _world.AsProfessional(tine);
        var me = await (await self.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        var emailId = me!["contactPoints"]![0]!["id"]!.GetValue<string>();
        var accepted = await (
            await self.PostJsonAsync(
                "/api/v1/me/listing",
                new
                {
                    accept = true,
                    contactPointVisibility = new[] { new { contactPointId = emailId, visibility = "trusted" } },
                }
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("listed", accepted!["listingStatus"]!.GetValue<string>());

        await (await colleague.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        await (await system.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        var visibility = await factory.WithDbAsync(db =>
            db.ContactPoints.Where(c => c.ProfessionalId == tine).Select(c => c.Visibility).SingleAsync()
        );
        Assert.Equal(Domain.Contacts.VisibilityLevel.Trusted, visibility);
    }

    [Fact]
    public async Task A_pending_participant_does_not_appear_in_the_network_report_graph_but_is_counted_as_pending()
    {
        var code = await _world.MunicipalityAsync();
        var org = await _world.OrganisationAsync("Rapport", code, "youth");
        var listed = await _world.MemberAsync("Lies", "Listed", org, code, domain: "youth");
        var pending = await _world.MemberAsync(
            "Pim",
            "Pending",
            org,
            code,
            listing: Domain.Professionals.ListingStatus.Pending,
            domain: "youth"
        );
        var report = await (
            await _world.AsCoordinator(code).GetAsync($"/api/v1/municipalities/{code}/network-report")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, report!["summary"]!["professionals"]!.GetValue<int>());
        Assert.Equal(1, report["summary"]!["pendingListing"]!.GetValue<int>());
        var nodes = report["graph"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([listed.ToString()], nodes);
        Assert.DoesNotContain(pending.ToString(), nodes);
    }
}
