using System.Net;
using System.Text.Json.Nodes;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Workshops;
using Network.Domain.Professionals;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// One set of rules for workshops and reports: a coordinator and a participant asking through REST and GraphQL see
/// the same workshops, the same participants (a pending one hidden from the participant) and the same report numbers.
/// </summary>
public sealed class WorkshopReportParityTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private async Task<(string Code, Guid Workshop, Guid Participant)> ArrangeAsync()
    {
        var code = await _world.MunicipalityAsync();
        var school = await _world.OrganisationAsync("School", code, "education");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var a = await _world.MemberAsync("Ada", "Een", school, code);
        var b = await _world.MemberAsync("Bas", "Twee", police, code, domain: "safety");
        var c = await _world.MemberAsync("Cas", "Drie", police, code, domain: "safety", listing: ListingStatus.Pending);
        await _world.MemberAsync("Dirk", "Vier", school, code);
        await _world.TrustAsync(a, b, code);
        var coordinator = _world.AsCoordinator(code);
        var id = (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Pariteit", code, date: "2026-01-15")
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        foreach (var p in new[] { a, b, c })
            await (
                await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        await (
            await coordinator.PutJsonAsync(
                $"/api/v1/workshops/{id}/attendance",
                new[] { new { professionalId = a, attended = true } },
                null
            )
        ).ExpectAsync(HttpStatusCode.OK);
        return (code, Guid.Parse(id), a);
    }

    [Fact]
    public async Task Coordinator_and_participant_see_the_same_workshops_and_participants_in_both_doors()
    {
        var (code, workshop, participant) = await ArrangeAsync();
        foreach (
            var (client, expected) in new[]
            {
                (_world.AsCoordinator(code), 3),
                (_world.AsProfessional(participant, code), 2),
            }
        )
        {
            var rest = (
                await (await client.GetAsync($"/api/v1/workshops?municipality={code}")).ExpectAsync(HttpStatusCode.OK)
            )!["items"]!
                .AsArray()
                .Select(w => $"{w!["id"]}@{w["version"]}:{w["participants"]}");
            var graphql = (
                await client.GraphQLAsync(
                    "query($m: String) { workshops(municipality: $m) { edges { node { databaseId version participantCount } } } }",
                    new { m = code }
                )
            ).Ok()["workshops"]!["edges"]!
                .AsArray()
                .Select(e => e!["node"]!)
                .Select(w => $"{w["databaseId"]}@{w["version"]}:{w["participantCount"]}");
            Assert.Equal(rest, graphql);

            var restPeople = (
                await (await client.GetAsync($"/api/v1/workshops/{workshop}/participants")).ExpectAsync(
                    HttpStatusCode.OK
                )
            )!["items"]!
                .AsArray()
                .Select(p => Key(p!["professionalId"]!.GetValue<string>(), p));
            var graphqlPeople = (
                await client.GraphQLAsync(
                    "query($id: ID!) { workshop(id: $id) { participants { professionalId name professionId organisations attended listingStatus trustWithYou } } }",
                    new { id = GlobalId.Encode("Workshop", workshop) }
                )
            ).Ok()["workshop"]!["participants"]!
                .AsArray()
                .Select(p =>
                    Key(GlobalId.ToGuid(p!["professionalId"]!.GetValue<string>(), "Professional")!.Value.ToString(), p)
                );
            Assert.Equal(restPeople, graphqlPeople);
            Assert.Equal(expected, restPeople.Count());
        }
    }

    [Fact]
    public async Task The_report_numbers_match_for_the_coordinator_and_neither_door_shows_it_to_a_participant()
    {
        var (code, workshop, participant) = await ArrangeAsync();
        var coordinator = _world.AsCoordinator(code);
        var rest = (
            await (await coordinator.GetAsync($"/api/v1/municipalities/{code}/network-report")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!;
        var graphql = (
            await coordinator.GraphQLAsync(
                """
                query($m: String!) { networkReport(municipality: $m) {
                  summary { professionals pendingListing organisations confirmedTrust openProposals groups largestGroup withoutTrust }
                  domainMatrix { domains cells } withoutTrust { professionalId } recommendations { code severity nl en evidence } } }
                """,
                new { m = code }
            )
        ).Ok()["networkReport"]!;
        Assert.Equal(rest["summary"]!.ToJsonString(), graphql["summary"]!.ToJsonString());
        Assert.Equal(1, graphql["summary"]!["confirmedTrust"]!.GetValue<int>()); // a and b
        Assert.Equal(rest["domainMatrix"]!.ToJsonString(), graphql["domainMatrix"]!.ToJsonString());
        Assert.Equal(
            rest["withoutTrust"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()),
            graphql["withoutTrust"]!
                .AsArray()
                .Select(p =>
                    GlobalId.ToGuid(p!["professionalId"]!.GetValue<string>(), "Professional")!.Value.ToString()
                )
        );
        Assert.Equal(
            rest["recommendations"]!
                .AsArray()
                .Select(r => $"{r!["code"]}|{r["severity"]}|{r["nl"]}|{r["en"]}|{r["evidence"]!.ToJsonString()}"),
            graphql["recommendations"]!
                .AsArray()
                .Select(r => $"{r!["code"]}|{r["severity"]}|{r["nl"]}|{r["en"]}|{r["evidence"]}")
        );

        var restWorkshop = (
            await (await coordinator.GetAsync($"/api/v1/workshops/{workshop}/network-report")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!;
        var graphqlWorkshop = (
            await coordinator.GraphQLAsync(
                "query($id: ID!) { workshopNetworkReport(workshopId: $id) { participants attended delta { trustFromWorkshop confirmedTrustBefore confirmedTrustAfter withoutTrustBefore withoutTrustAfter participantsWithoutTrustBefore participantsWithoutTrustAfter domainLinksGained } } }",
                new { id = GlobalId.Encode("Workshop", workshop) }
            )
        ).Ok()["workshopNetworkReport"]!;
        Assert.Equal(
            (restWorkshop["participants"]!.GetValue<int>(), restWorkshop["attended"]!.GetValue<int>()),
            (graphqlWorkshop["participants"]!.GetValue<int>(), graphqlWorkshop["attended"]!.GetValue<int>())
        );
        var restDelta = restWorkshop["delta"]!.AsObject();
        foreach (var (key, value) in graphqlWorkshop["delta"]!.AsObject())
            Assert.Equal(restDelta[key]!.ToJsonString(), value!.ToJsonString());

        var asParticipant = _world.AsProfessional(participant, code);
        await (await asParticipant.GetAsync($"/api/v1/municipalities/{code}/network-report")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        (
            await asParticipant.GraphQLAsync(
                "query($m: String!) { networkReport(municipality: $m) { asOf } }",
                new { m = code }
            )
        ).Error("NOT_FOUND");
        (
            await asParticipant.GraphQLAsync(
                "query($id: ID!) { workshopNetworkReport(workshopId: $id) { title } }",
                new { id = GlobalId.Encode("Workshop", workshop) }
            )
        ).Error("NOT_FOUND");
    }

    /// <summary>REST writes enum values camelCase, GraphQL CONSTANT_CASE; compare them without case or underscores.</summary>
    private static string Key(string id, JsonNode p) =>
        string.Join(
            "|",
            id,
            p["name"],
            p["professionId"],
            p["organisations"]!.ToJsonString(),
            p["attended"],
            Constant(p["listingStatus"]),
            Constant(p["trustWithYou"])
        );

    private static string Constant(JsonNode? value) =>
        value?.GetValue<string>().Replace("_", "").ToLowerInvariant() ?? "";
}
