using System.Net;
using System.Net.Http.Json;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Me;

public sealed class MeTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    [Fact]
    public async Task Withdrawing_consent_hides_optional_fields_at_once()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Consenting");
        var colleague = _world.AsProfessional(await _world.ProfessionalAsync(TestWorld.A, "Colleague"), TestWorld.A);
        var before = await (await colleague.GetAsync($"/api/v1/professionals/{owner}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Teacher of social studies", before!["about"]?.GetValue<string>());

        var me = _world.AsProfessional(owner, TestWorld.A);
        await (await me.PutAsJsonAsync("/api/v1/me/consent", new { optionalFields = false })).ExpectAsync(
            HttpStatusCode.OK
        );

        var after = await (await colleague.GetAsync($"/api/v1/professionals/{owner}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Null(after!["about"]);
        Assert.Null(after["languages"]);
        var own = await (await me.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Teacher of social studies", own!["about"]!.GetValue<string>());
    }

    [Fact]
    public async Task Profile_edit_sets_visibility_needs_if_match_and_cannot_touch_memberships()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Editor");
        var me = _world.AsProfessional(owner, TestWorld.A);
        var profile = new
        {
            expertiseTags = new[] { "radicalisation" },
            languages = new[] { "nl" },
            about = "Mentor, years 1-3",
            offersAnonymousConsultation = true,
            contactPoints = new[]
            {
                new
                {
                    channel = "mobile",
                    value = "+31 6 2222 0001",
                    visibility = "coordinators",
                },
            },
        };
        await (await me.PutJsonAsync("/api/v1/me/profile", profile, null)).ExpectProblemAsync((HttpStatusCode)428);
        var updated = await (await me.PutJsonAsync("/api/v1/me/profile", profile, "\"1\"")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal("coordinators", updated!["contactPoints"]![0]!["visibility"]!.GetValue<string>());

        var withMembership = new
        {
            profile.expertiseTags,
            profile.languages,
            profile.about,
            profile.offersAnonymousConsultation,
            profile.contactPoints,
            memberships = Array.Empty<object>(),
        };
        await (await me.PutJsonAsync("/api/v1/me/profile", withMembership, "\"2\"")).ExpectProblemAsync(
            HttpStatusCode.BadRequest
        );

        var colleague = _world.AsProfessional(await _world.ProfessionalAsync(TestWorld.A, "Peer"), TestWorld.A);
        var seen = await (await colleague.GetAsync($"/api/v1/professionals/{owner}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(seen!["contactPoints"]!.AsArray());
    }

    [Fact]
    public async Task Pending_entry_is_visible_only_to_coordinators_until_the_professional_accepts_listing()
    {
        var pending = await _world.ProfessionalAsync(TestWorld.A, "Pending", ListingStatus.Pending);
        var colleague = _world.AsProfessional(await _world.ProfessionalAsync(TestWorld.A, "Onlooker"), TestWorld.A);
        await (await colleague.GetAsync($"/api/v1/professionals/{pending}")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        await (
            await factory.ClientFor("system.amberveen").GetAsync($"/api/v1/professionals/{pending}")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/professionals/{pending}")
        ).ExpectAsync(HttpStatusCode.OK);

        var me = _world.AsProfessional(pending, TestWorld.A);
        var own = await (await me.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        var mobileId = own!["contactPoints"]!.AsArray().Single(c => c!["channel"]!.GetValue<string>() == "mobile")![
            "id"
        ]!.GetValue<string>();
        var listed = await (
            await me.PostJsonAsync(
                "/api/v1/me/listing",
                new
                {
                    accept = true,
                    contactPointVisibility = new[] { new { contactPointId = mobileId, visibility = "private" } },
                }
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("listed", listed!["listingStatus"]!.GetValue<string>());

        var now = await (await colleague.GetAsync($"/api/v1/professionals/{pending}")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(now!["contactPoints"]!.AsArray(), c => c!["channel"]!.GetValue<string>() == "mobile");
    }

    [Fact]
    public async Task Coordinators_and_system_clients_have_no_self_service()
    {
        await (await factory.ClientFor("coordinator.amberveen").GetAsync("/api/v1/me")).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );
        await (await factory.ClientFor("system.amberveen").GetAsync("/api/v1/me")).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );
    }
}
