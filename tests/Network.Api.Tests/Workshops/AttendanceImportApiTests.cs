using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Workshops;

public sealed class AttendanceImportApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);
    private HttpClient Coordinator => factory.ClientFor("coordinator.amberveen");

    private async Task<string> WorkshopAsync(int seats = 15) =>
        (
            await (
                await Coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Import", seats: seats)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();

    internal static Task<HttpResponseMessage> ImportAsync(
        HttpClient client,
        string workshopId,
        string csv,
        bool bom = false,
        bool dryRun = false,
        string mediaType = "text/csv"
    )
    {
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return client.PostAsync(
            $"/api/v1/workshops/{workshopId}/participants/import{(dryRun ? "?dryRun=true" : "")}",
            content
        );
    }

    private Task<int> ProfessionalCountAsync() => factory.WithDbAsync(db => db.Professionals.CountAsync());

    [Fact]
    public async Task A_good_list_matches_by_email_then_name_and_creates_pending_professionals()
    {
        var org = await _world.OrganisationAsync("Het Lyceum; locatie Oost", domains: "education");
        var byEmail = await _world.MemberAsync("Eva", "Mail", org, email: $"eva.mail.{_world.Suffix}@example.org");
        var byName = await _world.MemberAsync("Niels", "Naam", org);
        var id = await WorkshopAsync();
        var csv = $"""
            naam;e-mail;organisatie;beroep
            Eva Anders;EVA.MAIL.{_world.Suffix}@Example.org;Het Lyceum {_world.Suffix};docent
            Niels Naam{_world.Suffix};niels.other@example.org;"Het Lyceum; locatie Oost {_world.Suffix}";Teacher

            "Nina ""Nieuw"" Jansen";nina.{_world.Suffix}@example.org;"het lyceum; locatie oost {_world.Suffix}";Zorgcoördinator
            """;

        var result = await (await ImportAsync(Coordinator, id, csv, bom: true)).ExpectAsync(HttpStatusCode.OK);
        Assert.False(result!["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, result["matched"]!.GetValue<int>());
        Assert.Equal(1, result["created"]!.GetValue<int>());
        Assert.Equal(0, result["alreadyParticipants"]!.GetValue<int>());
        var lines = result["lines"]!.AsArray();
        Assert.Equal([2, 3, 5], lines.Select(l => l!["line"]!.GetValue<int>()));
        Assert.Equal(byEmail.ToString(), lines[0]!["professionalId"]!.GetValue<string>());
        Assert.Equal(byName.ToString(), lines[1]!["professionalId"]!.GetValue<string>());
        Assert.Equal("created", lines[2]!["outcome"]!.GetValue<string>());
        Assert.Equal("pending", lines[2]!["listingStatus"]!.GetValue<string>());

        var createdId = Guid.Parse(lines[2]!["professionalId"]!.GetValue<string>());
        var created = await factory.WithDbAsync(db =>
            db.Professionals.Include(p => p.ContactPoints)
                .Include(p => p.Memberships)
                .Include(p => p.Domains)
                .SingleAsync(p => p.Id == createdId)
        );
        Assert.Equal(("Nina", "\"Nieuw\" Jansen"), (created.GivenName, created.FamilyName));
        Assert.Equal(ListingStatus.Pending, created.ListingStatus);
        Assert.Equal("care-coordinator", created.ProfessionId);
        Assert.Equal(org, created.Memberships.Single().OrganisationId);
        Assert.Equal(["education"], created.Domains.Select(d => d.DomainId));
        var email = Assert.Single(created.ContactPoints);
        Assert.Equal((ContactChannel.Email, VisibilityLevel.Network), (email.Channel, email.Visibility));

        var again = await (await ImportAsync(Coordinator, id, csv)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, again!["alreadyParticipants"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_list_with_bad_lines_changes_nothing_and_reports_every_problem_per_line()
    {
        await _world.OrganisationAsync("Goede School");
        var id = await WorkshopAsync();
        var before = await ProfessionalCountAsync();
        var csv = $"""
            name,email,organisation,profession
            Goede Gerda,gerda.{_world.Suffix}@example.org,Goede School {_world.Suffix},teacher
            Foute Frits,frits.{_world.Suffix}@example.org,Goede School {_world.Suffix},astronaut
            Madonna,not-an-email,Onbekende Club,teacher
            Klant 123456782,k.{_world.Suffix}@example.org,Goede School {_world.Suffix},teacher
            Te Weinig,velden
            Dubbele Gerda,GERDA.{_world.Suffix}@example.org,Goede School {_world.Suffix},teacher
            """;

        var problem = await (await ImportAsync(Coordinator, id, csv)).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["line 3", "line 4", "line 5", "line 6", "line 7"], errors.Select(e => e.Key));
        Assert.Equal(
            ["profession 'astronaut' is unknown"],
            errors["line 3"]!.AsArray().Select(m => m!.GetValue<string>())
        );
        var line4 = errors["line 4"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("email 'not-an-email' is not an e-mail address", line4);
        Assert.Contains(errors["line 5"]!.AsArray(), m =>
            m!.GetValue<string>().StartsWith("name looks like a citizen service number")
        );
        Assert.Contains("has 2 fields; the header has 4", errors["line 6"]![0]!.GetValue<string>());
        Assert.Equal("is the same person as line 2", errors["line 7"]![0]!.GetValue<string>());

        Assert.Equal(before, await ProfessionalCountAsync());
        var participants = await (await Coordinator.GetAsync($"/api/v1/workshops/{id}/participants")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Empty(participants!["items"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_profession_or_organisation_that_is_close_to_a_known_one_is_suggested()
    {
        await _world.OrganisationAsync("Sportclub Ooievaar");
        var id = await WorkshopAsync();
        var csv = $"""
            naam;e-mail;organisatie;beroep
            Vera Veld;vera.{_world.Suffix}@example.org;Sportclub Ooievaar {_world.Suffix};Medewerker wijkteam
            Kees Kort;kees.{_world.Suffix}@example.org;Sportclub Oievaar {_world.Suffix};Jongerenwerker
            Ali Ander;ali.{_world.Suffix}@example.org;Sportclub Ooievaar {_world.Suffix};astronaut
            """;

        var errors = (
            await (await ImportAsync(Coordinator, id, csv)).ExpectProblemAsync(
                HttpStatusCode.BadRequest,
                "VALIDATION_FAILED"
            )
        )["errors"]!;

        Assert.Equal(
            "profession 'Medewerker wijkteam' is unknown; did you mean 'Medewerker sociaal wijkteam'?",
            errors["line 2"]![0]!.GetValue<string>()
        );
        Assert.Equal(
            $"organisation 'Sportclub Oievaar {_world.Suffix}' is unknown in Amberveen; did you mean 'Sportclub Ooievaar {_world.Suffix}'?",
            errors["line 3"]![0]!.GetValue<string>()
        );
        // Nothing close: no guess.
        Assert.Equal("profession 'astronaut' is unknown", errors["line 4"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_reports_the_outcomes_without_changing_anything()
    {
        await _world.OrganisationAsync("Proef");
        var id = await WorkshopAsync();
        var before = await ProfessionalCountAsync();
        var csv =
            $"name,email,organisation,profession\nProef Persoon,proef.{_world.Suffix}@example.org,Proef {_world.Suffix},youth-worker\n";
        var result = await (await ImportAsync(Coordinator, id, csv, dryRun: true)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(result!["dryRun"]!.GetValue<bool>());
        Assert.Equal(1, result["created"]!.GetValue<int>());
        Assert.Null(result["lines"]![0]!["professionalId"]);
        Assert.Equal(14, result["seatsFree"]!.GetValue<int>());
        Assert.Equal(before, await ProfessionalCountAsync());
        var workshop = await (await Coordinator.GetAsync($"/api/v1/workshops/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, workshop!["participants"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_list_longer_than_the_free_seats_answers_409_and_changes_nothing()
    {
        await _world.OrganisationAsync("Krap");
        var id = await WorkshopAsync(seats: 2);
        var before = await ProfessionalCountAsync();
        var rows = string.Join(
            "\n",
            Enumerable
                .Range(1, 3)
                .Select(i => $"Persoon Nummer{i},p{i}.{_world.Suffix}@example.org,Krap {_world.Suffix},teacher")
        );
        await (await ImportAsync(Coordinator, id, "name,email,organisation,profession\n" + rows)).ExpectProblemAsync(
            HttpStatusCode.Conflict
        );
        Assert.Equal(before, await ProfessionalCountAsync());
    }

    [Fact]
    public async Task Wrong_media_type_size_or_header_are_refused()
    {
        var id = await WorkshopAsync();
        await (await ImportAsync(Coordinator, id, "name,email", mediaType: "application/json")).ExpectProblemAsync(
            HttpStatusCode.UnsupportedMediaType
        );
        var huge = "name,email,organisation,profession\n" + new string('x', 300 * 1024);
        await (await ImportAsync(Coordinator, id, huge)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var problem = await (await ImportAsync(Coordinator, id, "naam;adres\nA;B\n")).ExpectProblemAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains("missing: email, organisation, profession", problem["errors"]!["file"]![0]!.GetValue<string>());
        var latin1 = new ByteArrayContent([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xE9, 0x0A]);
        latin1.Headers.ContentType = new("text/csv");
        var notUtf8 = await Coordinator.PostAsync($"/api/v1/workshops/{id}/participants/import", latin1);
        Assert.Contains(
            "UTF-8",
            (await notUtf8.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!["file"]![0]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task Only_the_workshops_coordinators_import()
    {
        var id = await WorkshopAsync();
        await (
            await ImportAsync(factory.ClientFor("coordinator.lindewaard"), id, "name,email,organisation,profession\n")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await ImportAsync(factory.ClientFor("system.amberveen"), id, "name,email,organisation,profession\n")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        var org = await _world.OrganisationAsync("Lezer");
        var professional = _world.AsProfessional(await _world.MemberAsync("Lea", "Lezer", org));
        await (await ImportAsync(professional, id, "name,email,organisation,profession\n")).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );
    }
}
