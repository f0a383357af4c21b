using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Workshops;

/// <summary>
/// The demo flow end to end on the demo network: import the Amberveen workshop's attendance list
/// (Resources/amberveen-attendance-2026-03-12.csv), the newcomer accepts being listed, trust is confirmed
/// after the workshop, and the workshop's report shows it.
/// </summary>
public sealed class DemoAttendanceListTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private static readonly string ListPath = Path.Combine(
        AppContext.BaseDirectory,
        "Workshops",
        "Resources",
        "amberveen-attendance-2026-03-12.csv"
    );
    private static readonly Guid Workshop = DemoNetwork.Ids.WorkshopAmberveen;

    private Task<HttpResponseMessage> ImportAsync(bool dryRun)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(ListPath));
        content.Headers.ContentType = new("text/csv");
        return factory
            .ClientFor("coordinator.amberveen")
            .PostAsync($"/api/v1/workshops/{Workshop}/participants/import{(dryRun ? "?dryRun=true" : "")}", content);
    }

    private HttpClient As(Guid professional) =>
        ClientWithToken(
            new DemoUser(
                $"demo-{professional:N}",
                ViewerRole.Professional,
                professional,
                [DemoNetwork.Amberveen],
                [],
                "test"
            )
        );

    private HttpClient ClientWithToken(DemoUser user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor(user));
        return client;
    }

    [Fact]
    public async Task The_demo_attendance_list_adds_the_newcomer_as_pending_and_the_workshop_trust_shows_in_the_report()
    {
        var preview = await (await ImportAsync(dryRun: true)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            (13, 0, 1),
            (
                preview!["alreadyParticipants"]!.GetValue<int>(),
                preview["matched"]!.GetValue<int>(),
                preview["created"]!.GetValue<int>()
            )
        );
        var roos = preview["lines"]!.AsArray().Single(l => l!["name"]!.GetValue<string>() == "Roos Meijer");
        Assert.Equal(DemoNetwork.Ids.PoliceOfficerAmberveen.ToString(), roos!["professionalId"]!.GetValue<string>()); // by name: her e-mail differs

        var result = await (await ImportAsync(dryRun: false)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, result!["seatsFree"]!.GetValue<int>());
        var newcomer = result["lines"]!.AsArray().Single(l => l!["outcome"]!.GetValue<string>() == "created");
        Assert.Equal(
            ("Ilse Verhoef", "pending"),
            (newcomer!["name"]!.GetValue<string>(), newcomer["listingStatus"]!.GetValue<string>())
        );
        var ilse = Guid.Parse(newcomer["professionalId"]!.GetValue<string>());

        var olga = DemoNetwork.Ids.YouthWorkerAmberveen;
        var seenByOlga = await (await As(olga).GetAsync($"/api/v1/workshops/{Workshop}/participants")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.DoesNotContain(seenByOlga!["items"]!.AsArray(), p =>
            p!["professionalId"]!.GetValue<string>() == ilse.ToString()
        );

        await (await As(ilse).PostJsonAsync("/api/v1/me/listing", new { accept = true })).ExpectAsync(
            HttpStatusCode.OK
        );
        var proposed = await (
            await As(ilse)
                .PostJsonAsync(
                    $"/api/v1/workshops/{Workshop}/trust",
                    new { professionalIds = new[] { olga, DemoNetwork.Ids.PoliceOfficerAmberveen } }
                )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["proposed", "proposed"],
            proposed!["items"]!.AsArray().Select(i => i!["outcome"]!.GetValue<string>())
        );
        var confirmed = await (
            await As(olga)
                .PostJsonAsync($"/api/v1/workshops/{Workshop}/trust", new { professionalIds = new[] { ilse } })
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("confirmed", confirmed!["items"]![0]!["outcome"]!.GetValue<string>());

        var pending = await (
            await factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/workshops/{Workshop}/pending-trust")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(pending!.AsArray(), p =>
            p!["professionalId"]!.GetValue<string>() == DemoNetwork.Ids.PoliceOfficerAmberveen.ToString()
            && p["awaitingTheirAnswer"]!.GetValue<int>() >= 1
        );

        var report = await (
            await factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/workshops/{Workshop}/network-report")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(report!["after"]!["graph"]!["edges"]!.AsArray(), e =>
            new[] { e!["a"]!.GetValue<string>(), e["b"]!.GetValue<string>() }
                .Order()
                .SequenceEqual(new[] { ilse.ToString(), olga.ToString() }.Order())
            && e["workshopId"]?.GetValue<string>() == Workshop.ToString()
        );
        int FromWorkshop(string moment) =>
            report[moment]!["graph"]!["edges"]!
                .AsArray()
                .Count(e => e!["workshopId"]?.GetValue<string>() == Workshop.ToString());
        Assert.Equal(0, FromWorkshop("before"));
        Assert.Equal(FromWorkshop("after"), report["delta"]!["trustFromWorkshop"]!.GetValue<int>());
        Assert.True(FromWorkshop("after") >= 2);
    }
}
