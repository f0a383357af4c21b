using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.ContactLookup;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// Something a viewer could not open on its own never appears inside something else: every organisation, person
/// and covenant id an answer names opens for the same viewer, and every count matches what the viewer may list.
/// Tried as every demo login, with the service's own single-object reads as the oracle.
/// </summary>
public sealed class NoDanglingReferenceTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    public static TheoryData<string> Logins => new(DemoNetwork.Users.Select(u => u.Login));

    [Theory]
    [MemberData(nameof(LookupDemoTests.Askers), MemberType = typeof(LookupDemoTests))]
    public async Task Every_organisation_and_person_a_lookup_names_opens_for_the_asker(string login)
    {
        var user = DemoNetwork.Users.Single(u => u.Login == login);
        var client = factory.ClientFor(login);
        var organisations = new HashSet<string>();
        var people = new HashSet<string>();
        foreach (var municipality in user.Municipalities)
        foreach (var concern in LookupDemoTests.Concerns)
        {
            var answer = await (
                await client.PostJsonAsync("/api/v1/lookups", new { concernType = concern, municipality })
            ).ExpectAsync(HttpStatusCode.OK);
            foreach (var c in answer!["contacts"]!.AsArray())
            {
                people.Add(c!["id"]!.GetValue<string>());
                foreach (var o in c["organisations"]!.AsArray())
                    organisations.Add(o!["id"]!.GetValue<string>());
            }
            foreach (var step in answer["route"]!.AsArray())
            {
                if (step!["organisation"] is { } o)
                    organisations.Add(o["id"]!.GetValue<string>());
                foreach (var p in step["people"]!.AsArray())
                    people.Add(p!["id"]!.GetValue<string>());
            }
        }

        // A system client with only the lookup scope reads no directory: it is shown no route people or organisations.
        if (user.Role != ViewerRole.System || user.Scopes.Contains(NetworkClaims.ScopeDirectoryRead))
        {
            foreach (var id in organisations)
                await (await client.GetAsync($"/api/v1/organisations/{id}")).ExpectAsync(HttpStatusCode.OK);
        }
        if (user.Role is ViewerRole.Professional or ViewerRole.Coordinator)
            foreach (var id in people)
                await (await client.GetAsync($"/api/v1/professionals/{id}")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_teacher_does_not_see_the_Lindewaard_team_of_a_colleague_who_works_in_both_municipalities()
    {
        var lindewaardOnly = await factory.WithDbAsync(db =>
            db.Organisations.AsNoTracking()
                .Where(o => o.Municipalities.All(m => m.MunicipalityCode == DemoNetwork.Lindewaard))
                .Select(o => o.Id.ToString())
                .ToListAsync()
        );
        var answer = await (
            await factory
                .ClientFor("teacher.amberveen")
                .PostJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" })
        ).ExpectAsync(HttpStatusCode.OK);
        var nadia = answer!["contacts"]!
            .AsArray()
            .Single(c => c!["id"]!.GetValue<string>() == DemoNetwork.Ids.SocialWorkerBothMunicipalities.ToString());
        var named = nadia!["organisations"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(named);
        Assert.Empty(named.Intersect(lindewaardOnly));
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Workshop_counts_match_the_participants_the_viewer_may_list(string login)
    {
        var client = factory.ClientFor(login);
        var response = await client.GetAsync("/api/v1/workshops?pageSize=100");
        if (response.StatusCode != HttpStatusCode.OK)
            return; // anonymous: nothing to count
        foreach (var w in (await response.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray())
        {
            var id = w!["id"]!.GetValue<string>();
            var list = await client.GetAsync($"/api/v1/workshops/{id}/participants");
            if (list.StatusCode == HttpStatusCode.NotFound)
                continue; // not theirs to list
            var participants = (await list.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray();
            Assert.Equal(participants.Count, w["participants"]!.GetValue<int>());
            var single = await (await client.GetAsync($"/api/v1/workshops/{id}")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(participants.Count, single!["participants"]!.GetValue<int>());
            var gql = await GraphQLCountAsync(login, id);
            Assert.Equal(participants.Count, gql);
        }
    }

    [Fact]
    public async Task A_pending_newcomer_is_counted_for_the_coordinator_and_not_for_a_participant()
    {
        var workshop = DemoNetwork.Ids.WorkshopAmberveen;
        var csv = new ByteArrayContent(
            File.ReadAllBytes(
                Path.Combine(AppContext.BaseDirectory, "Workshops", "Resources", "amberveen-attendance-2026-03-12.csv")
            )
        );
        csv.Headers.ContentType = new("text/csv");
        var coordinator = factory.ClientFor("coordinator.amberveen");
        await (await coordinator.PostAsync($"/api/v1/workshops/{workshop}/participants/import", csv)).ExpectAsync(
            HttpStatusCode.OK
        );

        var olga = factory.CreateClient();
        olga.DefaultRequestHeaders.Authorization = new(
            "Bearer",
            factory.TokenFor(
                new DemoUser(
                    "demo-olga",
                    ViewerRole.Professional,
                    DemoNetwork.Ids.YouthWorkerAmberveen,
                    [DemoNetwork.Amberveen],
                    [],
                    "participant"
                )
            )
        );
        int Count(JsonNode? w) => w!["participants"]!.GetValue<int>();
        var listedForOlga = (
            await (await olga.GetAsync($"/api/v1/workshops/{workshop}/participants")).ExpectAsync(HttpStatusCode.OK)
        )!["items"]!
            .AsArray()
            .Count;
        var countForOlga = Count(
            await (await olga.GetAsync($"/api/v1/workshops/{workshop}")).ExpectAsync(HttpStatusCode.OK)
        );
        var countForCoordinator = Count(
            await (await coordinator.GetAsync($"/api/v1/workshops/{workshop}")).ExpectAsync(HttpStatusCode.OK)
        );
        Assert.Equal(listedForOlga, countForOlga);
        Assert.True(
            countForCoordinator > countForOlga,
            $"the pending newcomer counts for the coordinator only ({countForCoordinator})"
        );
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Participants_organisations_are_ones_the_viewer_may_see(string login)
    {
        var client = factory.ClientFor(login);
        var response = await client.GetAsync("/api/v1/organisations?pageSize=100");
        var visible =
            response.StatusCode == HttpStatusCode.OK
                ? (await response.ExpectAsync(HttpStatusCode.OK))!["items"]!
                    .AsArray()
                    .Select(o => o!["name"]!.GetValue<string>())
                    .ToHashSet()
                : [];
        var workshops = await client.GetAsync("/api/v1/workshops?pageSize=100");
        if (workshops.StatusCode != HttpStatusCode.OK)
            return;
        foreach (var w in (await workshops.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray())
        {
            var list = await client.GetAsync($"/api/v1/workshops/{w!["id"]}/participants");
            if (list.StatusCode == HttpStatusCode.NotFound)
                continue;
            foreach (var p in (await list.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray())
            foreach (var name in p!["organisations"]!.AsArray())
                Assert.Contains(name!.GetValue<string>(), visible);
        }
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Covenant_signatories_open_for_the_viewer(string login)
    {
        var client = factory.ClientFor(login);
        var response = await client.GetAsync("/api/v1/covenants?pageSize=100");
        if (response.StatusCode != HttpStatusCode.OK)
            return;
        foreach (var c in (await response.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray())
        foreach (var s in c!["signatories"]!.AsArray())
        {
            var organisation = await (
                await client.GetAsync($"/api/v1/organisations/{s!["organisationId"]}")
            ).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(organisation!["name"]!.GetValue<string>(), s["name"]!.GetValue<string>());
        }
    }

    private async Task<int> GraphQLCountAsync(string login, string restId)
    {
        var client = factory.ClientFor(login);
        var id = Network.Api.GraphQL.Relay.GlobalId.Encode("Workshop", restId);
        var body = await (
            await client.PostJsonAsync(
                "/graphql",
                new
                {
                    query = "query($id: ID!) { node(id: $id) { ... on Workshop { participantCount } } }",
                    variables = new { id },
                }
            )
        ).ExpectAsync(HttpStatusCode.OK);
        return body!["data"]!["node"]!["participantCount"]!.GetValue<int>();
    }
}
