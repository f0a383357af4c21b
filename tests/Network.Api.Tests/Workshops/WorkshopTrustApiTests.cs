using System.Net;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Workshops;

public sealed class WorkshopTrustApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);
    private HttpClient Coordinator => factory.ClientFor("coordinator.amberveen");

    private async Task<(string Id, Guid A, Guid B, Guid C)> WorkshopWithThreeAsync(string date = "2026-01-15")
    {
        var org = await _world.OrganisationAsync("Vertrouwen");
        var a = await _world.MemberAsync("Ans", "Een", org);
        var b = await _world.MemberAsync("Bert", "Twee", org, domain: "safety");
        var c = await _world.MemberAsync("Cor", "Drie", org, domain: "youth");
        var id = (
            await (
                await Coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Vertrouwen", date: date)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        foreach (var p in new[] { a, b, c })
            await (
                await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        return (id, a, b, c);
    }

    [Fact]
    public async Task A_participant_proposes_to_several_and_the_other_confirms_with_the_workshop_as_provenance()
    {
        var (id, a, b, c) = await WorkshopWithThreeAsync();
        var proposed = await (
            await _world
                .AsProfessional(a)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { b, c } })
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["proposed", "proposed"],
            proposed!["items"]!.AsArray().Select(i => i!["outcome"]!.GetValue<string>())
        );
        Assert.All(proposed["items"]!.AsArray(), i => Assert.Equal(id, i!["workshopId"]!.GetValue<string>()));

        var answered = await (
            await _world
                .AsProfessional(b)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { a, c } })
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["confirmed", "proposed"],
            answered!["items"]!.AsArray().Select(i => i!["outcome"]!.GetValue<string>())
        );
        var repeat = await (
            await _world
                .AsProfessional(a)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { b, c } })
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            ["alreadyConfirmed", "alreadyProposed"],
            repeat!["items"]!.AsArray().Select(i => i!["outcome"]!.GetValue<string>())
        );

        var ab = await factory.WithDbAsync(db =>
            db.TrustRelationships.SingleAsync(t => t.ProposerId == a && t.RecipientId == b)
        );
        Assert.Equal((TrustStatus.Confirmed, Guid.Parse(id)), (ab.Status, ab.WorkshopId!.Value));
        Assert.NotNull(ab.LastConfirmedAt);

        var seenByC = await (
            await _world.AsProfessional(c).GetAsync($"/api/v1/workshops/{id}/participants")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.All(
            seenByC!["items"]!.AsArray().Where(p => p!["professionalId"]!.GetValue<string>() != c.ToString()),
            p => Assert.Equal("proposedToYou", p!["trustWithYou"]!.GetValue<string>())
        );

        var pending = await (await Coordinator.GetAsync($"/api/v1/workshops/{id}/pending-trust")).ExpectAsync(
            HttpStatusCode.OK
        );
        var rows = pending!.AsArray();
        var cRow = rows.Single(r => r!["professionalId"]!.GetValue<string>() == c.ToString());
        Assert.Equal(2, cRow!["awaitingTheirAnswer"]!.GetValue<int>());
        Assert.Equal(c.ToString(), rows[0]!["professionalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_bad_id_refuses_the_whole_request_and_changes_nothing()
    {
        var (id, a, b, _) = await WorkshopWithThreeAsync();
        var org = await _world.OrganisationAsync("Buiten");
        var outsider = await _world.MemberAsync("Olaf", "Buiten", org);
        var response = await _world
            .AsProfessional(a)
            .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { b, outsider, a, b } });
        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Equal(["professionalIds[1]", "professionalIds[2]", "professionalIds[3]"], errors.Select(e => e.Key));
        Assert.False(await factory.WithDbAsync(db => db.TrustRelationships.AnyAsync(t => t.ProposerId == a)));
    }

    [Fact]
    public async Task Only_listed_participants_use_it_and_only_after_the_workshop()
    {
        var (id, a, b, _) = await WorkshopWithThreeAsync();
        await (
            await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { a } })
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var org = await _world.OrganisationAsync("Niet erbij");
        var outsider = await _world.MemberAsync("Nico", "Niet", org);
        await (
            await _world
                .AsProfessional(outsider)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { a } })
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _world.AsProfessional(a).GetAsync($"/api/v1/workshops/{id}/pending-trust")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );

        await factory.WithDbAsync(db =>
            db.Professionals.Where(p => p.Id == b)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ListingStatus, ListingStatus.Pending))
        );
        await (
            await _world
                .AsProfessional(b)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { a } })
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var toPending = await (
            await _world
                .AsProfessional(a)
                .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { b } })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(
            "not a participant of this workshop visible to you",
            toPending["errors"]!["professionalIds[0]"]![0]!.GetValue<string>()
        );

        var (future, x, y, _) = await WorkshopWithThreeAsync(date: DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await (
            await _world
                .AsProfessional(x)
                .PostJsonAsync($"/api/v1/workshops/{future}/trust", new { professionalIds = new[] { y } })
        ).ExpectProblemAsync(HttpStatusCode.Conflict);
    }
}
