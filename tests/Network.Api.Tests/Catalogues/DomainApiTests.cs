using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Catalogues;

public sealed class DomainApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/domains";

    [Fact]
    public async Task Every_reader_lists_the_seeded_domains()
    {
        foreach (var login in new[] { "teacher.amberveen", "system.amberveen", "coordinator.lindewaard" })
        {
            var page = await (await factory.ClientFor(login).GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
            var ids = page!["items"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();
            Assert.Superset(
                new HashSet<string> { "youth", "safety", "education", "care", "social", "municipality" },
                ids.ToHashSet()
            );
        }
        await (await factory.ClientFor("system.noscope").GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_adds_and_renames_a_domain_with_if_match()
    {
        var admin = factory.ClientFor("admin");
        var created = await admin.PostJsonAsync(
            Url,
            new
            {
                id = "sport",
                name = "Sport",
                nameNl = "Sport",
            }
        );
        await created.ExpectAsync(HttpStatusCode.Created);

        var updated = await admin.PutJsonAsync(
            $"{Url}/sport",
            new { name = "Sport and leisure", nameNl = "Sport en vrije tijd" },
            created.Headers.ETag!.Tag
        );
        Assert.Equal(
            "Sport en vrije tijd",
            (await updated.ExpectAsync(HttpStatusCode.OK))!["nameNl"]!.GetValue<string>()
        );
        await (
            await admin.PutJsonAsync($"{Url}/sport", new { name = "Lost", nameNl = "Kwijt" }, created.Headers.ETag!.Tag)
        ).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);

        var read = await (await factory.ClientFor("teacher.amberveen").GetAsync($"{Url}/sport")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal("Sport and leisure", read!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_admins_may_not_change_the_catalogue()
    {
        var coordinator = factory.ClientFor("coordinator.amberveen");
        await (
            await coordinator.PostJsonAsync(
                Url,
                new
                {
                    id = "culture",
                    name = "Culture",
                    nameNl = "Cultuur",
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        var etag = (await coordinator.GetAsync($"{Url}/youth")).Headers.ETag!.Tag;
        await (
            await coordinator.PutJsonAsync($"{Url}/youth", new { name = "Young people", nameNl = "Jongeren" }, etag)
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invalid_domains_list_every_bad_field_and_duplicates_conflict()
    {
        var admin = factory.ClientFor("admin");
        var problem = await (
            await admin.PostJsonAsync(
                Url,
                new
                {
                    id = "Not A Slug",
                    name = "",
                    nameNl = new string('x', 201),
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["id", "name", "nameNl"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        await (
            await admin.PostJsonAsync(
                Url,
                new
                {
                    id = "youth",
                    name = "Youth",
                    nameNl = "Jeugd",
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Unknown_domain_is_404()
    {
        await (await factory.ClientFor("teacher.amberveen").GetAsync($"{Url}/no-such-domain")).ExpectProblemAsync(
            HttpStatusCode.NotFound,
            "NOT_FOUND"
        );
        await (
            await factory
                .ClientFor("admin")
                .PutJsonAsync($"{Url}/no-such-domain", new { name = "X", nameNl = "X" }, "\"x\"")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
