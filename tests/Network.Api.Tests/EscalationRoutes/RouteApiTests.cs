using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.EscalationRoutes;

public sealed class RouteApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/routes";

    private static object Own => new { kind = "ownDesignatedOfficer", offersAnonymousConsultation = true };
    private static object Emergency =>
        new
        {
            kind = "emergency",
            lineName = "Politie 112",
            linePhone = "112",
        };

    [Fact]
    public async Task A_professional_reads_the_radicalisation_ladder_of_their_municipality_with_names()
    {
        var page = await (
            await factory.ClientFor("teacher.amberveen").GetAsync($"{Url}?concernType=radicalisation")
        ).ExpectAsync(HttpStatusCode.OK);
        var route = Assert.Single(page!["items"]!.AsArray())!;
        Assert.Equal("GM9901", route["municipality"]!.GetValue<string>());
        var steps = route["steps"]!.AsArray();
        Assert.Equal(
            ["ownDesignatedOfficer", "professional", "organisation", "nationalLine", "nationalLine", "emergency"],
            steps.Select(s => s!["kind"]!.GetValue<string>())
        );
        Assert.Equal("Femke Jansen", steps[1]!["professionalName"]!.GetValue<string>());
        Assert.Equal("Zorg- en Veiligheidshuis Veenland", steps[2]!["organisationName"]!.GetValue<string>());
        Assert.Equal("112", steps[5]!["linePhone"]!.GetValue<string>());
        Assert.Equal([1, 2, 3, 4, 5, 6], steps.Select(s => s!["order"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Other_municipality_gets_404_on_read_and_update_and_never_lists_it()
    {
        var other = factory.ClientFor("coordinator.lindewaard");
        var url = $"{Url}/{DemoNetwork.Ids.RadicalisationRouteAmberveen}";
        await (await other.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await other.PutJsonAsync(url, new { steps = new[] { Emergency } }, "\"1\"")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        var list = await (await other.GetAsync($"{Url}?municipality=GM9901")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(list!["items"]!.AsArray());
        await (
            await factory
                .ClientFor("newcomer.amberveen")
                .GetAsync($"{Url}/{DemoNetwork.Ids.RadicalisationRouteLindewaard}")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coordinator_creates_a_route_and_a_second_one_for_the_same_concern_conflicts()
    {
        var client = factory.ClientFor("coordinator.lindewaard");
        var route = new
        {
            municipality = "GM9902",
            concernType = "online-extremism",
            steps = new object[]
            {
                Own,
                new
                {
                    kind = "professional",
                    professionalId = DemoNetwork.Ids.MunicipalContactLindewaard,
                    offersAnonymousConsultation = true,
                },
                new
                {
                    kind = "organisation",
                    organisationId = DemoNetwork.Ids.YouthWorkLindewaardOrg,
                    note = "Online youth work",
                },
                Emergency,
            },
        };
        var created = await client.PostJsonAsync(Url, route);
        var body = await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("1", created.VersionTag());
        Assert.Equal("Arjen Kok", body!["steps"]![1]!["professionalName"]!.GetValue<string>());
        Assert.Equal("Jongerenwerk Lindewaard", body["steps"]![2]!["organisationName"]!.GetValue<string>());
        Assert.Equal("emergency", body["steps"]![3]!["methodStep"]!.GetValue<string>());

        await (await client.PostJsonAsync(Url, route)).ExpectProblemAsync(HttpStatusCode.Conflict, "CONFLICT");
        await (
            await client.PostJsonAsync(
                Url,
                new
                {
                    municipality = "GM9902",
                    concernType = "radicalisation",
                    steps = new[] { Emergency },
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Invalid_steps_are_all_listed_at_once()
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostJsonAsync(
                Url,
                new
                {
                    municipality = "GM9901",
                    concernType = "no-such-concern",
                    steps = new object[]
                    {
                        new { kind = "professional", professionalId = DemoNetwork.Ids.PoliceOfficerLindewaard },
                        new { kind = "organisation", organisationId = DemoNetwork.Ids.LindecollegeOrg },
                        new { kind = "nationalLine" },
                        new { kind = "ownDesignatedOfficer", note = "About the pupil with BSN 111222333" },
                    },
                }
            );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal(
            [
                "concernType",
                "steps[0].professionalId",
                "steps[1].organisationId",
                "steps[2].lineName",
                "steps[2].linePhone",
                "steps[3].note",
            ],
            problem["errors"]!.AsObject().Select(e => e.Key).Order()
        );
    }

    [Fact]
    public async Task Replacing_steps_needs_the_current_version()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var url = $"{Url}/{DemoNetwork.Ids.MentalHealthRouteAmberveen}";
        var read = await client.GetAsync(url);
        await read.ExpectAsync(HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;

        var steps = new
        {
            steps = new object[]
            {
                new { kind = "organisation", organisationId = DemoNetwork.Ids.GgzOrg },
                Own,
                Emergency,
            },
        };
        var updated = await client.PutJsonAsync(url, steps, etag);
        var body = await updated.ExpectAsync(HttpStatusCode.OK);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);
        Assert.Equal(
            ["organisation", "ownDesignatedOfficer", "emergency"],
            body!["steps"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>())
        );

        await (await client.PutJsonAsync(url, new { steps = new[] { Emergency } }, etag)).ExpectProblemAsync(
            HttpStatusCode.PreconditionFailed,
            "PRECONDITION_FAILED"
        );
        await (await client.PutJsonAsync(url, new { steps = new[] { Emergency } }, null)).ExpectProblemAsync(
            (HttpStatusCode)428
        );
        var current = await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, current!["steps"]!.AsArray().Count);
    }

    [Fact]
    public async Task Professionals_and_system_clients_read_routes_but_do_not_change_them()
    {
        var teacher = factory.ClientFor("teacher.amberveen");
        var url = $"{Url}/{DemoNetwork.Ids.DomesticViolenceRouteAmberveen}";
        var read = await teacher.GetAsync(url);
        await read.ExpectAsync(HttpStatusCode.OK);
        await (
            await teacher.PutJsonAsync(url, new { steps = new[] { Emergency } }, read.Headers.ETag!.Tag)
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (
            await teacher.PostJsonAsync(
                Url,
                new
                {
                    municipality = "GM9901",
                    concernType = "online-extremism",
                    steps = new[] { Emergency },
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);

        var system = await (await factory.ClientFor("system.amberveen").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(system!["totalCount"]!.GetValue<int>() >= 4);
        var noScope = await (await factory.ClientFor("system.noscope").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, noScope!["totalCount"]!.GetValue<int>());
    }
}
