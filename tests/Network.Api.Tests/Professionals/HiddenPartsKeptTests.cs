using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Professionals;

/// <summary>
/// An update replaces what its editor was shown and nothing else; what GET returns, PUT accepts. Before, a
/// coordinator saving an entry as read erased the owner's private contact point, their memberships elsewhere and
/// their optional fields, and every save gave the contact points new ids.
/// </summary>
public sealed class HiddenPartsKeptTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    /// <summary>A PUT body made of a professional's GET answer: every field the input takes, as read.</summary>
    internal static JsonObject AsInput(JsonNode read)
    {
        string[] fields =
        [
            "givenName",
            "familyName",
            "professionId",
            "municipalities",
            "domains",
            "expertiseTags",
            "languages",
            "about",
            "offersAnonymousConsultation",
            "lastVerifiedOn",
        ];
        var body = new JsonObject();
        foreach (var field in fields)
            body[field] = read[field]?.DeepClone();
        body["memberships"] = new JsonArray([
            .. read["memberships"]!
                .AsArray()
                .Select(m => new JsonObject
                {
                    ["organisationId"] = m!["organisationId"]!.DeepClone(),
                    ["roleTitle"] = m["roleTitle"]!.DeepClone(),
                    ["startDate"] = m["startDate"]!.DeepClone(),
                    ["endDate"] = m["endDate"]?.DeepClone(),
                    ["isDesignatedOfficer"] = m["isDesignatedOfficer"]!.DeepClone(),
                }),
        ]);
        body["contactPoints"] = read["contactPoints"]!.DeepClone();
        return body;
    }

    private async Task<(Guid Owner, Guid ElsewhereOrganisation)> OwnerWithHiddenPartsAsync()
    {
        var elsewhere = await _world.OrganisationAsync("Elsewhere college", TestWorld.B, "education");
        var p = TestWorld.NewProfessional(TestWorld.A, "Hidden", privateNote: "private@owner.example");
        p.OptionalFieldsConsent = false;
        p.Memberships.Add(
            new Membership
            {
                ProfessionalId = p.Id,
                OrganisationId = elsewhere,
                RoleTitle = "Mentor",
                StartDate = new DateOnly(2021, 9, 1),
            }
        );
        await _world.SaveAsync(p);
        return (p.Id, elsewhere);
    }

    [Fact]
    public async Task A_coordinator_saving_an_entry_as_read_keeps_what_they_are_not_shown()
    {
        var (owner, elsewhere) = await OwnerWithHiddenPartsAsync();
        var ownerBefore = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );

        var coordinator = _world.AsCoordinator(TestWorld.A);
        var url = $"/api/v1/professionals/{owner}";
        var read = await coordinator.GetAsync(url);
        var shown = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("secureMail", ProfessionalApiTests.Channels(shown!));
        Assert.Empty(shown!["memberships"]!.AsArray());
        Assert.Null(shown["about"]);

        var saved = await coordinator.PutJsonAsync(url, AsInput(shown), read.Headers.ETag!.Tag);
        await saved.ExpectAsync(HttpStatusCode.OK);

        var ownerAfter = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(Ids(ownerBefore!["contactPoints"]!), Ids(ownerAfter!["contactPoints"]!));
        // Neither the owner nor this coordinator sees an organisation of another municipality; an admin does.
        var asAdmin = await (await _world.AsDemo("admin").GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(asAdmin!["memberships"]!.AsArray(), m =>
            m!["organisationId"]!.GetValue<string>() == elsewhere.ToString()
        );
        Assert.Equal("Teacher of social studies", ownerAfter["about"]!.GetValue<string>());
        Assert.Equal(2, ownerAfter["languages"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_value_a_coordinator_sends_for_a_hidden_optional_field_is_written()
    {
        var (owner, _) = await OwnerWithHiddenPartsAsync();
        var coordinator = _world.AsCoordinator(TestWorld.A);
        var url = $"/api/v1/professionals/{owner}";
        var read = await coordinator.GetAsync(url);
        var body = AsInput((await read.ExpectAsync(HttpStatusCode.OK))!);
        body["about"] = "Written by the coordinator";

        await (await coordinator.PutJsonAsync(url, body, read.Headers.ETag!.Tag)).ExpectAsync(HttpStatusCode.OK);
        var ownerView = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal("Written by the coordinator", ownerView!["about"]!.GetValue<string>());
        Assert.Equal(2, ownerView["languages"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_own_profile_takes_back_the_contact_points_it_returned_and_keeps_their_ids()
    {
        var (owner, _) = await OwnerWithHiddenPartsAsync();
        var me = _world.AsProfessional(owner, TestWorld.A);
        var read = await me.GetAsync("/api/v1/me");
        var entry = await read.ExpectAsync(HttpStatusCode.OK);
        var contactPoints = entry!["contactPoints"]!.DeepClone().AsArray();
        contactPoints[0]!["value"] = "+31 6 0000 0099";
        var profile = new JsonObject
        {
            ["expertiseTags"] = entry["expertiseTags"]!.DeepClone(),
            ["languages"] = entry["languages"]!.DeepClone(),
            ["about"] = entry["about"]!.DeepClone(),
            ["offersAnonymousConsultation"] = false,
            ["contactPoints"] = contactPoints,
        };

        var saved = await (await me.PutJsonAsync("/api/v1/me/profile", profile, read.Headers.ETag!.Tag)).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(Ids(entry["contactPoints"]!), Ids(saved!["contactPoints"]!));
        Assert.Contains(saved["contactPoints"]!.AsArray(), c => c!["value"]!.GetValue<string>() == "+31 6 0000 0099");
    }

    [Fact]
    public async Task A_contact_point_id_of_another_entry_is_refused_and_changes_nothing()
    {
        var (owner, _) = await OwnerWithHiddenPartsAsync();
        var other = await _world.ProfessionalAsync(TestWorld.A, "Other");
        var otherPoint = (
            await (await _world.AsProfessional(other, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!["contactPoints"]![0]!["id"]!.GetValue<string>();

        var me = _world.AsProfessional(owner, TestWorld.A);
        var read = await me.GetAsync("/api/v1/me");
        var profile = new JsonObject
        {
            ["expertiseTags"] = new JsonArray(),
            ["languages"] = new JsonArray(),
            ["about"] = null,
            ["offersAnonymousConsultation"] = false,
            ["contactPoints"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = otherPoint,
                    ["channel"] = "mobile",
                    ["value"] = "+31 6 0000 0098",
                }
            ),
        };
        var problem = await (
            await me.PutJsonAsync("/api/v1/me/profile", profile, read.Headers.ETag!.Tag)
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]!["contactPoints[0].id"]);
        var after = await (await me.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(read.Headers.ETag!.Tag, (await me.GetAsync("/api/v1/me")).Headers.ETag!.Tag);
        Assert.Equal(4, after!["contactPoints"]!.AsArray().Count);
    }

    private static List<string> Ids(JsonNode contactPoints) =>
        [.. contactPoints.AsArray().Select(c => c!["id"]!.GetValue<string>()).Order()];
}
