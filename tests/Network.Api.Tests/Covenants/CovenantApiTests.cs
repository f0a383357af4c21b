using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Covenants;

public sealed class CovenantApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/covenants";

    private static object SchoolCovenant(string title, string municipality = "GM9901") =>
        new
        {
            title,
            purpose = "Sharing signals between the school and the youth health service.",
            validFrom = "2026-01-01",
            validUntil = "2027-12-31",
            signatories = new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.GgdOrg },
            municipalities = new[] { municipality },
        };

    [Fact]
    public async Task The_demo_covenant_is_visible_in_both_municipalities_listing_only_visible_signatories()
    {
        var url = $"{Url}/{DemoNetwork.Ids.SafetyHouseCovenant}";
        var both = await (await factory.ClientFor("social-worker.both").GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(DemoNetwork.SafetyHouseCovenantTitle, both!["title"]!.GetValue<string>());
        Assert.True(both["isValidToday"]!.GetValue<bool>());
        Assert.All(both["signatories"]!.AsArray(), s => Assert.NotNull(s!["name"]));

        var teacher = await (await factory.ClientFor("teacher.amberveen").GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        var signatories = teacher!["signatories"]!
            .AsArray()
            .Select(s => s!["organisationId"]!.GetValue<Guid>())
            .ToList();
        Assert.Contains(
            DemoNetwork.Ids.MunicipalityLindewaardOrg,
            both["signatories"]!.AsArray().Select(s => s!["organisationId"]!.GetValue<Guid>())
        );
        Assert.DoesNotContain(DemoNetwork.Ids.MunicipalityLindewaardOrg, signatories); // she could not open it: not even its id
        Assert.NotEmpty(signatories);

        var byOrganisation = await (
            await factory.ClientFor("police.lindewaard").GetAsync($"{Url}?organisation={DemoNetwork.Ids.PoliceOrg}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Single(byOrganisation!["items"]!.AsArray());
    }

    [Fact]
    public async Task Only_someone_coordinating_every_municipality_changes_a_shared_covenant()
    {
        var url = $"{Url}/{DemoNetwork.Ids.SafetyHouseCovenant}";
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var read = await factory.ClientFor("admin").GetAsync(url); // every signatory: the admin's PUT keeps them all
        var body = await read.ExpectAsync(HttpStatusCode.OK);
        var input = new
        {
            title = body!["title"]!.GetValue<string>(),
            purpose = body["purpose"]!.GetValue<string>(),
            validFrom = "2025-01-01",
            validUntil = "2029-12-31",
            signatories = body["signatories"]!.AsArray().Select(s => s!["organisationId"]!.GetValue<Guid>()).ToArray(),
            municipalities = new[] { "GM9901", "GM9902" },
        };
        await (await coordinator.PutJsonAsync(url, input, read.Headers.ETag!.Tag)).ExpectProblemAsync(
            HttpStatusCode.Forbidden,
            "FORBIDDEN"
        );

        var updated = await (
            await factory.ClientFor("admin").PutJsonAsync(url, input, read.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2029-12-31", updated!["validUntil"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinators_change_keeps_the_signatories_they_cannot_see()
    {
        var admin = factory.ClientFor("admin");
        var input = new
        {
            title = "Amberveen covenant with a Lindewaard team",
            purpose = "Sharing signals between the school and the team.",
            validFrom = "2026-01-01",
            signatories = new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.MunicipalityLindewaardOrg },
            municipalities = new[] { "GM9901" },
        };
        var created = await (await admin.PostJsonAsync(Url, input)).ExpectAsync(HttpStatusCode.Created);
        var url = $"{Url}/{created!["id"]!.GetValue<string>()}";

        var coordinator = factory.ClientFor("coordinator.amberveen");
        var read = await coordinator.GetAsync(url);
        var seen = (await read.ExpectAsync(HttpStatusCode.OK))!["signatories"]!
            .AsArray()
            .Select(s => s!["organisationId"]!.GetValue<Guid>());
        Assert.Equal([DemoNetwork.Ids.AmberlyceumOrg], seen);
        await (
            await coordinator.PutJsonAsync(
                url,
                input with
                {
                    signatories = new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.GgdOrg },
                },
                read.Headers.ETag!.Tag
            )
        ).ExpectAsync(HttpStatusCode.OK);

        var after = await (await admin.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            new[]
            {
                DemoNetwork.Ids.AmberlyceumOrg,
                DemoNetwork.Ids.GgdOrg,
                DemoNetwork.Ids.MunicipalityLindewaardOrg,
            }.Order(),
            after!["signatories"]!.AsArray().Select(s => s!["organisationId"]!.GetValue<Guid>()).Order()
        );
    }

    [Fact]
    public async Task Coordinator_records_a_covenant_the_other_municipality_cannot_see()
    {
        var created = await (
            await factory
                .ClientFor("coordinator.amberveen")
                .PostJsonAsync(Url, SchoolCovenant("School and GGD Amberveen"))
        ).ExpectAsync(HttpStatusCode.Created);
        var url = $"{Url}/{created!["id"]!.GetValue<string>()}";
        Assert.Equal(
            ["Het Amberlyceum", "GGD Veenland"],
            created["signatories"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).OrderDescending()
        );

        var other = factory.ClientFor("coordinator.lindewaard");
        await (await other.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutJsonAsync(url, SchoolCovenant("Hijacked"), "\"1\"")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        var list = await (await other.GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list!["items"]!.AsArray(), c =>
            c!["title"]!.GetValue<string>() == "School and GGD Amberveen"
        );
    }

    [Fact]
    public async Task Invalid_covenants_list_every_bad_field()
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostJsonAsync(
                Url,
                new
                {
                    title = "",
                    purpose = "For the pupil with BSN 111222333",
                    validFrom = "2027-01-01",
                    validUntil = "2026-01-01",
                    signatories = new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.LindecollegeOrg },
                    municipalities = new[] { "GM9902" },
                }
            );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(
            ["municipalities", "purpose", "signatories", "title", "validUntil"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order()
        );
    }

    [Fact]
    public async Task Stale_if_match_gives_412_and_missing_if_match_428()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await client.PostJsonAsync(Url, SchoolCovenant("Versioned covenant"));
        var id = (await created.ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var url = $"{Url}/{id}";

        var first = await client.PutJsonAsync(url, SchoolCovenant("Versioned covenant 2"), "\"1\"");
        await first.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2", first.VersionTag());
        await (await client.PutJsonAsync(url, SchoolCovenant("Lost update"), "\"1\"")).ExpectProblemAsync(
            HttpStatusCode.PreconditionFailed
        );
        await (await client.PutJsonAsync(url, SchoolCovenant("No precondition"), null)).ExpectProblemAsync(
            (HttpStatusCode)428
        );
        var current = await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Versioned covenant 2", current!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Professionals_read_but_do_not_record_covenants()
    {
        await (
            await factory.ClientFor("teacher.amberveen").PostJsonAsync(Url, SchoolCovenant("Teacher's own"))
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var list = await (await factory.ClientFor("teacher.amberveen").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(list!["items"]!.AsArray(), c =>
            c!["id"]!.GetValue<Guid>() == DemoNetwork.Ids.SafetyHouseCovenant
        );
    }
}
