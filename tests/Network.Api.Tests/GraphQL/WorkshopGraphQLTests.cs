using System.Net;
using System.Text.Json.Nodes;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Workshops;

namespace Network.Api.Tests.GraphQL;

/// <summary>A workshop carried from attendance list to trust through GraphQL alone, over the same services as REST.</summary>
public sealed class WorkshopGraphQLTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private static string Prof(Guid id) => GlobalId.Encode("Professional", id);

    internal static async Task<string> CreateWorkshopAsync(
        HttpClient coordinator,
        string municipality,
        string date,
        int seats = 15
    )
    {
        var created = (
            await coordinator.GraphQLAsync(
                "mutation($input: WorkshopCreateInput!) { createWorkshop(input: $input) { id municipality seats participantCount version } }",
                new
                {
                    input = new
                    {
                        municipality,
                        title = "Werkatelier",
                        date,
                        place = "Stadhuis",
                        facilitators = new[] { "Trainer" },
                        seats,
                    },
                }
            )
        ).Ok()["createWorkshop"]!;
        Assert.Equal(
            (municipality, seats, 0, 1),
            (
                created["municipality"]!.GetValue<string>(),
                created["seats"]!.GetValue<int>(),
                created["participantCount"]!.GetValue<int>(),
                created["version"]!.GetValue<int>()
            )
        );
        return created["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Coordinator_imports_marks_attendance_and_participants_confirm_trust_through_graphql()
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var school = await _world.OrganisationAsync("School", code, "education");
        var a = await _world.MemberAsync("Ada", "Een", school, code, email: $"ada.{_world.Suffix}@example.org");
        var b = await _world.MemberAsync("Bas", "Twee", school, code, domain: "safety");
        var id = await CreateWorkshopAsync(coordinator, code, DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));

        const string import =
            "mutation($id: ID!, $csv: String!, $dry: Boolean) { importAttendance(workshopId: $id, csv: $csv, dryRun: $dry) { dryRun rows matched created lines { line outcome professionalId } } }";
        var csv =
            $"naam;e-mail;organisatie;beroep\nAda Een{_world.Suffix};ADA.{_world.Suffix}@example.org;School {_world.Suffix};docent\nNieuw Persoon;nieuw.{_world.Suffix}@example.org;School {_world.Suffix};docent\n";
        var dry = (
            await coordinator.GraphQLAsync(
                import,
                new
                {
                    id,
                    csv,
                    dry = true,
                }
            )
        ).Ok()["importAttendance"]!;
        Assert.Equal(
            (true, 1, 1),
            (dry["dryRun"]!.GetValue<bool>(), dry["matched"]!.GetValue<int>(), dry["created"]!.GetValue<int>())
        );
        var done = (await coordinator.GraphQLAsync(import, new { id, csv })).Ok()["importAttendance"]!;
        Assert.Equal(Prof(a), done["lines"]![0]!["professionalId"]!.GetValue<string>());
        Assert.Equal("CREATED", done["lines"]![1]!["outcome"]!.GetValue<string>());

        var bad = await coordinator.GraphQLAsync(
            import,
            new { id, csv = "naam;e-mail;organisatie;beroep\nX;geen-mail;Onbekend;docent\n" }
        );
        Assert.Contains("line 2", bad.Error("VALIDATION_FAILED")["extensions"]!.ToJsonString());

        var added = (
            await coordinator.GraphQLAsync(
                "mutation($id: ID!, $p: ID!) { addWorkshopParticipant(workshopId: $id, professionalId: $p) { added participants { professionalId } } }",
                new { id, p = Prof(b) }
            )
        ).Ok()["addWorkshopParticipant"]!;
        Assert.True(added["added"]!.GetValue<bool>());
        Assert.Equal(3, added["participants"]!.AsArray().Count);
        var marked = (
            await coordinator.GraphQLAsync(
                "mutation($id: ID!, $a: ID!, $b: ID!) { setWorkshopAttendance(workshopId: $id, attendance: [{ professionalId: $a, attended: true }, { professionalId: $b, attended: true }]) { professionalId attended } }",
                new
                {
                    id,
                    a = Prof(a),
                    b = Prof(b),
                }
            )
        ).Ok()["setWorkshopAttendance"]!.AsArray();
        Assert.Equal(2, marked.Count(p => p!["attended"]!.GetValue<bool>()));

        var proposed = (
            await _world
                .AsProfessional(a, code)
                .GraphQLAsync(
                    "mutation($id: ID!, $p: ID!) { trustAfterWorkshop(workshopId: $id, professionalIds: [$p]) { items { outcome workshopId } } }",
                    new { id, p = Prof(b) }
                )
        ).Ok()["trustAfterWorkshop"]!["items"]![0]!;
        Assert.Equal(
            ("PROPOSED", id),
            (proposed["outcome"]!.GetValue<string>(), proposed["workshopId"]!.GetValue<string>())
        );

        const string overview =
            "query($id: ID!) { workshop(id: $id) { version participantCount pendingTrust { professionalId awaitingTheirAnswer } participants { professionalId trustWithYou } } }";
        var seenByCoordinator = (await coordinator.GraphQLAsync(overview, new { id })).Ok()["workshop"]!;
        Assert.Equal(3, seenByCoordinator["participantCount"]!.GetValue<int>());
        Assert.Equal(Prof(b), seenByCoordinator["pendingTrust"]![0]!["professionalId"]!.GetValue<string>());
        var seenByB = (await _world.AsProfessional(b, code).GraphQLAsync(overview, new { id })).Ok()["workshop"]!;
        Assert.Null(seenByB["pendingTrust"]); // the overview is the coordinators'
        // The pending professional from the list stays hidden from participants until they accept being listed.
        Assert.Equal(
            new[] { $"{Prof(a)}:PROPOSED_TO_YOU", $"{Prof(b)}:YOU" }.Order(StringComparer.Ordinal),
            seenByB["participants"]!
                .AsArray()
                .Select(p => $"{p!["professionalId"]}:{p["trustWithYou"]}")
                .Order(StringComparer.Ordinal)
        );

        var confirmed = (
            await _world
                .AsProfessional(b, code)
                .GraphQLAsync(
                    "mutation($id: ID!, $p: ID!) { trustAfterWorkshop(workshopId: $id, professionalIds: [$p]) { items { outcome } } }",
                    new { id, p = Prof(a) }
                )
        ).Ok()["trustAfterWorkshop"]!["items"]![0]!;
        Assert.Equal("CONFIRMED", confirmed["outcome"]!.GetValue<string>());

        var version = seenByCoordinator["version"]!.GetValue<int>();
        const string update =
            "mutation($id: ID!, $v: Int!) { updateWorkshop(id: $id, expectedVersion: $v, input: { title: \"Na afloop\", date: \"2026-01-10\", place: \"Bibliotheek\", seats: 20 }) { title version } }";
        (await coordinator.GraphQLAsync(update, new { id, v = version - 1 })).Error("PRECONDITION_FAILED");
        Assert.Equal(
            version + 1,
            (await coordinator.GraphQLAsync(update, new { id, v = version })).Ok()["updateWorkshop"]![
                "version"
            ]!.GetValue<int>()
        );
        var after = (
            await coordinator.GraphQLAsync(
                "mutation($id: ID!, $p: ID!) { removeWorkshopParticipant(workshopId: $id, professionalId: $p) { participantCount } }",
                new { id, p = Prof(b) }
            )
        ).Ok()["removeWorkshopParticipant"]!;
        Assert.Equal(2, after["participantCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_municipality_and_non_participants_get_what_rest_gives_them()
    {
        var code = await _world.MunicipalityAsync();
        var id = await CreateWorkshopAsync(_world.AsCoordinator(code), code, "2026-03-12");
        (
            await factory
                .ClientFor("coordinator.lindewaard")
                .GraphQLAsync("query($id: ID!) { workshop(id: $id) { id } }", new { id })
        ).Error("NOT_FOUND");
        var school = await _world.OrganisationAsync("School", code, "education");
        var outsider = await _world.MemberAsync("Oscar", "Buiten", school, code);
        var seen = (
            await _world
                .AsProfessional(outsider, code)
                .GraphQLAsync(
                    "query($id: ID!) { workshop(id: $id) { participants { name } pendingTrust { name } } }",
                    new { id }
                )
        ).Ok()["workshop"]!;
        Assert.Null(seen["participants"]);
        Assert.Null(seen["pendingTrust"]);
        (
            await _world
                .AsProfessional(outsider, code)
                .GraphQLAsync(
                    "mutation { createWorkshop(input: { municipality: \"GM9901\", title: \"T\", date: \"2026-03-12\", place: \"P\" }) { id } }"
                )
        ).Error("FORBIDDEN");
    }
}
