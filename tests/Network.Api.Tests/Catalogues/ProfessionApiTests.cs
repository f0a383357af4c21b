using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Catalogues;

public sealed class ProfessionApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/professions";

    [Fact]
    public async Task Professions_show_their_confidentiality_regime()
    {
        var client = factory.ClientFor("teacher.amberveen");
        var page = await (await client.GetAsync($"{Url}?pageSize=100")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(page!["totalCount"]!.GetValue<int>() >= 17);
        var doctor = await (await client.GetAsync($"{Url}/youth-doctor")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("medicalSecrecy", doctor!["regime"]!.GetValue<string>());
        Assert.Contains("Wet BIG", doctor["legalSource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admin_adds_and_replaces_a_profession_with_if_match()
    {
        var admin = factory.ClientFor("admin");
        var created = await admin.PostJsonAsync(
            Url,
            new
            {
                id = "mentor",
                name = "Mentor",
                nameNl = "Mentor",
                regime = "generalDataProtection",
                legalSource = "AVG",
            }
        );
        await created.ExpectAsync(HttpStatusCode.Created);

        var replacement = new
        {
            name = "Class mentor",
            nameNl = "Mentor",
            regime = "generalDataProtection",
            legalSource = "AVG (GDPR); no legal professional secrecy",
        };
        var updated = await admin.PutJsonAsync($"{Url}/mentor", replacement, created.Headers.ETag!.Tag);
        Assert.Equal("Class mentor", (await updated.ExpectAsync(HttpStatusCode.OK))!["name"]!.GetValue<string>());
        await (await admin.PutJsonAsync($"{Url}/mentor", replacement, created.Headers.ETag!.Tag)).ExpectProblemAsync(
            HttpStatusCode.PreconditionFailed
        );
        await (await admin.PutJsonAsync($"{Url}/mentor", replacement, null)).ExpectProblemAsync((HttpStatusCode)428);
    }

    [Fact]
    public async Task Invalid_professions_list_every_bad_field()
    {
        var problem = await (
            await factory
                .ClientFor("admin")
                .PostJsonAsync(
                    Url,
                    new
                    {
                        id = "-bad-",
                        name = "",
                        nameNl = "Iets",
                        legalSource = "",
                    }
                )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["id", "legalSource", "name", "regime"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Unknown_regime_is_refused_as_bad_json()
    {
        var response = await factory
            .ClientFor("admin")
            .PostJsonAsync(
                Url,
                new
                {
                    id = "x",
                    name = "X",
                    nameNl = "X",
                    regime = "noSecrecyAtAll",
                    legalSource = "none",
                }
            );
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Coordinators_may_not_add_professions_and_unknown_ids_are_404()
    {
        await (
            await factory
                .ClientFor("coordinator.amberveen")
                .PostJsonAsync(
                    Url,
                    new
                    {
                        id = "x",
                        name = "X",
                        nameNl = "X",
                        regime = "professionalCode",
                        legalSource = "code",
                    }
                )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.ClientFor("admin").GetAsync($"{Url}/astronaut")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
    }
}
