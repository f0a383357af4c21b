using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Professionals;

public sealed class ProfessionalApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/professionals";
    private readonly TestWorld _world = new(factory);

    private static object NewProfessional(
        string familyName,
        string municipality = TestWorld.A,
        object[]? memberships = null
    ) =>
        new
        {
            givenName = "Noor",
            familyName,
            professionId = "youth-doctor",
            municipalities = new[] { municipality },
            domains = new[] { "youth", "care" },
            expertiseTags = new[] { "radicalisation" },
            languages = new[] { "nl", "ar" },
            about = "Youth doctor at the GGD",
            offersAnonymousConsultation = true,
            memberships = memberships ?? [],
            contactPoints = new object[]
            {
                new { channel = "email", value = $"{familyName.ToLowerInvariant().Replace(" ", ".")}@ggd.example" },
                new { channel = "mobile", value = "+31 6 0000 0099" },
            },
        };

    [Fact]
    public async Task Coordinator_creates_a_pending_professional_with_default_visibilities()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (await client.PostJsonAsync(Url, NewProfessional("Bakker"))).ExpectAsync(
            HttpStatusCode.Created
        );
        Assert.Equal("pending", created!["listingStatus"]!.GetValue<string>());
        var points = created["contactPoints"]!.AsArray();
        Assert.Equal(
            "network",
            points.Single(p => p!["channel"]!.GetValue<string>() == "email")!["visibility"]!.GetValue<string>()
        );
        Assert.Equal(
            "trusted",
            points.Single(p => p!["channel"]!.GetValue<string>() == "mobile")!["visibility"]!.GetValue<string>()
        );

        var id = created["id"]!.GetValue<string>();
        var read = await (await client.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Noor Bakker", read!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_municipality_coordinator_gets_404_and_cannot_change_it()
    {
        var owner = factory.ClientFor("coordinator.amberveen");
        var created = await (await owner.PostJsonAsync(Url, NewProfessional("Visser"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();

        var other = factory.ClientFor("coordinator.lindewaard");
        await (await other.GetAsync($"{Url}/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await other.GetAsync($"{Url}/{id}/visibility")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await other.PutJsonAsync($"{Url}/{id}", NewProfessional("Visser", TestWorld.B), "\"1\"")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsync($"{Url}/{id}/deactivate", null)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var search = await (await other.PostJsonAsync($"{Url}/search", new { name = "Visser" })).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Empty(search!["items"]!.AsArray());
    }

    [Fact]
    public async Task Create_reports_all_invalid_fields_and_refuses_case_data()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.PostJsonAsync(
            Url,
            new
            {
                givenName = "",
                familyName = "X",
                professionId = "wizard",
                municipalities = new[] { TestWorld.B },
                expertiseTags = new[] { "Not A Tag" },
                about = "Pupil born 01-02-2012, BSN 111222333",
                memberships = new[]
                {
                    new
                    {
                        organisationId = Guid.NewGuid(),
                        roleTitle = "x",
                        startDate = "2026-01-01",
                    },
                },
                contactPoints = new[] { new { channel = "email", value = "not-an-email" } },
            }
        );
        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))[
            "errors"
        ]!.AsObject();
        foreach (
            var field in new[]
            {
                "givenName",
                "professionId",
                "municipalities",
                "expertiseTags[0]",
                "about",
                "memberships[0].organisationId",
                "contactPoints[0].value",
            }
        )
            Assert.True(errors.ContainsKey(field), $"missing error for {field}: {errors.ToJsonString()}");
        Assert.Contains(errors["about"]!.AsArray(), m => m!.GetValue<string>().Contains("BSN"));
    }

    [Theory]
    [InlineData("+31 612345671", true)] // 612345671 passes the eleven-test, but it is part of a phone number
    [InlineData("06-12345671", true)]
    [InlineData("612345671", false)] // nine digits alone: a BSN, not a phone number
    [InlineData("6123 45 671", false)]
    public async Task Phone_numbers_are_checked_as_a_whole_for_bsn_look_alikes(string mobile, bool accepted)
    {
        var body = JsonSerializer.SerializeToNode(NewProfessional("Phone"))!.AsObject();
        body["contactPoints"] = new JsonArray(new JsonObject { ["channel"] = "mobile", ["value"] = mobile });
        var response = await factory.ClientFor("coordinator.amberveen").PostJsonAsync(Url, body);

        if (accepted)
            await response.ExpectAsync(HttpStatusCode.Created);
        else
            Assert.Contains(
                "BSN",
                (await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))["errors"]![
                    "contactPoints[0].value"
                ]![0]!.GetValue<string>()
            );
    }

    [Fact]
    public async Task Professionals_cannot_create_or_edit_others()
    {
        var self = await _world.ProfessionalAsync(TestWorld.A, "Self");
        var colleague = await _world.ProfessionalAsync(TestWorld.A, "Colleague");
        var client = _world.AsProfessional(self, TestWorld.A);
        await (await client.PostJsonAsync(Url, NewProfessional("Sneaky"))).ExpectProblemAsync(
            HttpStatusCode.Forbidden,
            "FORBIDDEN"
        );
        await (
            await client.PutJsonAsync($"{Url}/{colleague}", NewProfessional("Colleague"), "\"1\"")
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_with_stale_etag_is_refused_and_membership_is_kept_consistent()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var org = await (
            await client.PostJsonAsync(
                "/api/v1/organisations",
                new
                {
                    name = "GGD Test",
                    kind = "ggd",
                    domains = new[] { "care" },
                    municipalities = new[] { TestWorld.A },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        var orgId = org!["id"]!.GetValue<string>();
        var membership = new object[]
        {
            new
            {
                organisationId = orgId,
                roleTitle = "Jeugdarts",
                startDate = "2024-01-01",
                isDesignatedOfficer = true,
            },
        };
        var created = await (
            await client.PostJsonAsync(Url, NewProfessional("Jansen", memberships: membership))
        ).ExpectAsync(HttpStatusCode.Created);
        var id = created!["id"]!.GetValue<string>();
        Assert.Equal("GGD Test", created["memberships"]![0]!["organisationName"]!.GetValue<string>());

        await (
            await client.PutJsonAsync(
                $"{Url}/{id}",
                NewProfessional("Jansen-de Vries", memberships: membership),
                "\"1\""
            )
        ).ExpectAsync(HttpStatusCode.OK);
        await (
            await client.PutJsonAsync($"{Url}/{id}", NewProfessional("Lost", memberships: membership), "\"1\"")
        ).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);

        var byOrg = await (await client.GetAsync($"{Url}?organisation={orgId}")).ExpectAsync(HttpStatusCode.OK);
        var only = Assert.Single(byOrg!["items"]!.AsArray());
        Assert.Equal("Jansen-de Vries", only!["familyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filters_and_name_search_find_the_right_people()
    {
        var expert = await _world.ProfessionalAsync(TestWorld.A, "Expertfilter", expertise: "online-extremism");
        await _world.ProfessionalAsync(TestWorld.A, "Otherfilter", expertise: "polarisation");
        var client = factory.ClientFor("coordinator.amberveen");

        var byTag = await (await client.GetAsync($"{Url}?expertise=online-extremism&pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains(byTag!["items"]!.AsArray(), p => p!["id"]!.GetValue<string>() == expert.ToString());
        Assert.DoesNotContain(byTag["items"]!.AsArray(), p => p!["familyName"]!.GetValue<string>() == "Otherfilter");

        var byName = await (await client.PostJsonAsync($"{Url}/search", new { name = "expertfil" })).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(expert.ToString(), Assert.Single(byName!["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deactivated_professional_disappears_for_colleagues_but_not_for_coordinators()
    {
        var leaving = await _world.ProfessionalAsync(TestWorld.A, "Leaving");
        var colleague = _world.AsProfessional(await _world.ProfessionalAsync(TestWorld.A, "Staying"), TestWorld.A);
        await (await colleague.GetAsync($"{Url}/{leaving}")).ExpectAsync(HttpStatusCode.OK);

        var coordinator = factory.ClientFor("coordinator.amberveen");
        await (await coordinator.PostAsync($"{Url}/{leaving}/deactivate", null)).ExpectAsync(HttpStatusCode.OK);

        await (await colleague.GetAsync($"{Url}/{leaving}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var kept = await (await coordinator.GetAsync($"{Url}/{leaving}")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(kept!["isActive"]!.GetValue<bool>());
    }

    internal static IEnumerable<string> Channels(JsonNode professional) =>
        professional["contactPoints"]!.AsArray().Select(c => c!["channel"]!.GetValue<string>());
}
