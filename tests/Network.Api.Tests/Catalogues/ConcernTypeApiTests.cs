using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Catalogues;

public sealed class ConcernTypeApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/concern-types";

    [Fact]
    public async Task Concern_types_carry_the_expertise_tags_that_make_candidates()
    {
        var radicalisation = await (
            await factory.ClientFor("system.amberveen").GetAsync($"{Url}/radicalisation")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["radicalisation", "extremism"],
            radicalisation!["expertiseTags"]!.AsArray().Select(t => t!.GetValue<string>())
        );
        var page = await (await factory.ClientFor("police.lindewaard").GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(page!["items"]!.AsArray(), c => c!["id"]!.GetValue<string>() == "domestic-violence");
    }

    [Fact]
    public async Task Admin_adds_and_replaces_a_concern_type_with_if_match()
    {
        var admin = factory.ClientFor("admin");
        var created = await admin.PostJsonAsync(
            Url,
            new
            {
                id = "school-absence",
                name = "School absence",
                nameNl = "Schoolverzuim",
                description = "Long or frequent absence.",
                expertiseTags = new[] { "child-protection" },
            }
        );
        await created.ExpectAsync(HttpStatusCode.Created);

        var replacement = new
        {
            name = "School absence",
            nameNl = "Schoolverzuim",
            description = "Long or frequent absence from school.",
            expertiseTags = new[] { "child-protection", "attendance" },
        };
        var updated = await (
            await admin.PutJsonAsync($"{Url}/school-absence", replacement, created.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, updated!["expertiseTags"]!.AsArray().Count);
        await (
            await admin.PutJsonAsync($"{Url}/school-absence", replacement, created.Headers.ETag!.Tag)
        ).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Invalid_concern_types_list_every_bad_field_including_case_data()
    {
        var problem = await (
            await factory
                .ClientFor("admin")
                .PostJsonAsync(
                    Url,
                    new
                    {
                        id = "UPPER",
                        name = "",
                        nameNl = "Iets",
                        description = "Concerns the pupil with BSN 111222333",
                        expertiseTags = new[] { "ok-tag", "Not OK" },
                    }
                )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["description", "expertiseTags[1]", "id", "name"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order()
        );
    }

    [Fact]
    public async Task Non_admins_may_not_change_concern_types_and_unknown_ids_are_404()
    {
        var coordinator = factory.ClientFor("coordinator.lindewaard");
        var etag = (await coordinator.GetAsync($"{Url}/polarisation")).Headers.ETag!.Tag;
        await (
            await coordinator.PutJsonAsync(
                $"{Url}/polarisation",
                new
                {
                    name = "X",
                    nameNl = "X",
                    description = "X",
                    expertiseTags = new[] { "x" },
                },
                etag
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync($"{Url}/no-such-concern")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
