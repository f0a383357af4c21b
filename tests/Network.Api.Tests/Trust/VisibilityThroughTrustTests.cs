using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Professionals;

namespace Network.Api.Tests.Trust;

/// <summary>A mobile number marked 'trusted' reaches a viewer only while confirmed, unexpired trust exists, through every REST path.</summary>
public sealed class VisibilityThroughTrustTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private static bool HasMobile(JsonNode? professional) =>
        ProfessionalApiTests.Channels(professional!).Contains("mobile");

    private static async Task<(bool ById, bool InList, bool InSearch)> MobileSeenByAsync(
        HttpClient viewer,
        Guid owner,
        string familyName
    )
    {
        var byId = await (await viewer.GetAsync($"/api/v1/professionals/{owner}")).ExpectAsync(HttpStatusCode.OK);
        var list = await (await viewer.GetAsync("/api/v1/professionals?pageSize=100")).ExpectAsync(HttpStatusCode.OK);
        var inList = list!["items"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == owner.ToString());
        var search = await (
            await viewer.PostJsonAsync("/api/v1/professionals/search", new { name = familyName })
        ).ExpectAsync(HttpStatusCode.OK);
        var inSearch = search!["items"]!.AsArray().Single();
        return (HasMobile(byId), HasMobile(inList), HasMobile(inSearch));
    }

    [Fact]
    public async Task Trusted_mobile_appears_after_confirmation_with_an_explanation_and_disappears_at_once_after_revocation()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Owner", mobile: "+31 6 1111 0001");
        var viewerId = await _world.ProfessionalAsync(TestWorld.A, "Viewer");
        var ownerClient = _world.AsProfessional(owner, TestWorld.A);
        var viewer = _world.AsProfessional(viewerId, TestWorld.A);

        Assert.Equal((false, false, false), await MobileSeenByAsync(viewer, owner, "Owner"));
        var before = await (await viewer.GetAsync($"/api/v1/professionals/{owner}/visibility")).ExpectAsync(
            HttpStatusCode.OK
        );
        var mobileBefore = before!["contactPoints"]!
            .AsArray()
            .Single(c => c!["channel"]!.GetValue<string>() == "mobile");
        Assert.False(mobileBefore!["visible"]!.GetValue<bool>());
        Assert.Equal("trusted", mobileBefore["rule"]!.GetValue<string>());

        var proposed = await (
            await viewer.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = owner })
        ).ExpectAsync(HttpStatusCode.Created);
        var trustId = proposed!["id"]!.GetValue<string>();
        Assert.Equal("proposed", proposed["status"]!.GetValue<string>());
        Assert.Equal((false, false, false), await MobileSeenByAsync(viewer, owner, "Owner"));

        await (await viewer.PostAsync($"/api/v1/trust-relationships/{trustId}/confirm", null)).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );
        var confirmed = await (
            await ownerClient.PostAsync($"/api/v1/trust-relationships/{trustId}/confirm", null)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("confirmed", confirmed!["status"]!.GetValue<string>());

        Assert.Equal((true, true, true), await MobileSeenByAsync(viewer, owner, "Owner"));
        var after = await (await viewer.GetAsync($"/api/v1/professionals/{owner}/visibility")).ExpectAsync(
            HttpStatusCode.OK
        );
        var mobileAfter = after!["contactPoints"]!.AsArray().Single(c => c!["channel"]!.GetValue<string>() == "mobile");
        Assert.True(mobileAfter!["visible"]!.GetValue<bool>());
        Assert.Contains("you and Test Owner confirmed trust", mobileAfter["explanation"]!.GetValue<string>());

        await (await ownerClient.PostAsync($"/api/v1/trust-relationships/{trustId}/revoke", null)).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal((false, false, false), await MobileSeenByAsync(viewer, owner, "Owner"));
    }

    [Fact]
    public async Task Restricted_reads_are_audited_and_the_owner_sees_who_read_them()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Audited", mobile: "+31 6 1111 0002");
        var reader = await _world.ProfessionalAsync(TestWorld.A, "Reader");
        await _world.TrustAsync(reader, owner, TestWorld.A);

        var seen = await (
            await _world.AsProfessional(reader, TestWorld.A).GetAsync($"/api/v1/professionals/{owner}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.True(HasMobile(seen));

        var reads = await (
            await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me/restricted-reads")
        ).ExpectAsync(HttpStatusCode.OK);
        var read = Assert.Single(reads!["items"]!.AsArray());
        Assert.Equal("Test Reader", read!["viewerName"]!.GetValue<string>());

        var audit = await (
            await factory
                .ClientFor("coordinator.amberveen")
                .GetAsync($"/api/v1/audit-events?action=contact-point.read&professional={owner}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.NotEmpty(audit!["items"]!.AsArray());
        var otherCoordinator = await (
            await factory.ClientFor("coordinator.lindewaard").GetAsync($"/api/v1/audit-events?professional={owner}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(otherCoordinator!["items"]!.AsArray());
    }

    [Fact]
    public async Task Expired_trust_grants_nothing()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Expiring", mobile: "+31 6 1111 0003");
        var viewerId = await _world.ProfessionalAsync(TestWorld.A, "Late");
        await _world.TrustAsync(
            viewerId,
            owner,
            TestWorld.A,
            at: DateTimeOffset.UtcNow.AddMonths(-30),
            validityMonths: 24
        );
        var viewer = _world.AsProfessional(viewerId, TestWorld.A);

        Assert.Equal((false, false, false), await MobileSeenByAsync(viewer, owner, "Expiring"));
        var mine = await (await viewer.GetAsync("/api/v1/me/trust-relationships")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("expired", Assert.Single(mine!["items"]!.AsArray())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Coordinators_see_trusted_and_coordinator_levels_but_never_private_and_system_clients_see_public_only()
    {
        var owner = await _world.ProfessionalAsync(
            TestWorld.A,
            "Layered",
            mobile: "+31 6 1111 0004",
            privateNote: "secret@secure.example"
        );

        var coordinator = await (
            await factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/professionals/{owner}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["email", "mobile", "website"], ProfessionalApiTests.Channels(coordinator!).Order());

        var system = await (
            await factory.ClientFor("system.amberveen").GetAsync($"/api/v1/professionals/{owner}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["website"], ProfessionalApiTests.Channels(system!));

        var self = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains("secureMail", ProfessionalApiTests.Channels(self!));
    }

    [Fact]
    public async Task Trust_rules_refuse_self_duplicates_and_strangers()
    {
        var a = await _world.ProfessionalAsync(TestWorld.A, "Alpha");
        var b = await _world.ProfessionalAsync(TestWorld.A, "Beta");
        var stranger = await _world.ProfessionalAsync(TestWorld.B, "Stranger");
        var client = _world.AsProfessional(a, TestWorld.A);

        await (
            await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = a })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (
            await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = stranger })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = b })).ExpectAsync(
            HttpStatusCode.Created
        );
        await (
            await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = b })
        ).ExpectProblemAsync(HttpStatusCode.Conflict, "CONFLICT");
        await (
            await _world
                .AsProfessional(b, TestWorld.A)
                .PostJsonAsync("/api/v1/trust-relationships", new { professionalId = a })
        ).ExpectProblemAsync(HttpStatusCode.Conflict);

        // Trust is visible to the two people in it and to coordinators, not to a third professional.
        var list = await (await client.GetAsync("/api/v1/me/trust-relationships")).ExpectAsync(HttpStatusCode.OK);
        var id = Assert.Single(list!["items"]!.AsArray())!["id"]!.GetValue<string>();
        var third = _world.AsProfessional(await _world.ProfessionalAsync(TestWorld.A, "Gamma"), TestWorld.A);
        await (await third.GetAsync($"/api/v1/trust-relationships/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/trust-relationships/{id}")
        ).ExpectAsync(HttpStatusCode.OK);
        await (
            await factory.ClientFor("system.amberveen").GetAsync($"/api/v1/trust-relationships/{id}")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
