using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.GraphQL;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Workshops.Outcomes;

/// <summary>Recording a workshop's outcomes: who may, what is refused, and that evaluations stay anonymous.</summary>
public sealed class WorkshopOutcomeApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private sealed record Arranged(
        string Code,
        HttpClient Coordinator,
        string Workshop,
        Guid School,
        Guid Police,
        Guid Teacher,
        Guid Agent,
        Guid Facilitator
    );

    private async Task<Arranged> ArrangeAsync()
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var school = await _world.OrganisationAsync("School", code, "education");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var teacher = await _world.MemberAsync("Tineke", "Docent", school, code);
        var agent = await _world.MemberAsync("Arie", "Agent", police, code, domain: "safety");
        var facilitator = await _world.MemberAsync("Fien", "Trainer", school, code);
        var id = (
            await (
                await coordinator.PostJsonAsync("/api/v1/workshops", WorkshopApiTests.NewWorkshop("Uitkomsten", code))
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        foreach (var p in new[] { teacher, agent })
            await (
                await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        return new Arranged(code, coordinator, id, school, police, teacher, agent, facilitator);
    }

    private static object Dilemma(string text = "Docenten weten niet wie ze bij de politie kunnen bellen.") =>
        new
        {
            kind = "dilemma",
            aim = "signalling",
            text,
            theme = "Wie bel ik",
            domains = new[] { "education" },
        };

    [Fact]
    public async Task A_coordinator_records_items_agreements_and_evaluations_and_reads_them_back()
    {
        var w = await ArrangeAsync();
        var item = await (
            await w.Coordinator.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items", Dilemma())
        ).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("wie bel ik", item!["theme"]!.GetValue<string>()); // themes are tags: lower case
        var agreement = await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/agreements",
                new
                {
                    aim = "signalling",
                    text = "De school belt de wijkagent bij twijfel",
                    organisationIds = new[] { w.School, w.Police },
                    ownerProfessionalId = w.Agent,
                    dueOn = "2020-01-31",
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        Assert.True(agreement!["overdue"]!.GetValue<bool>());
        Assert.Equal("Arie Agent" + _world.Suffix, agreement["ownerName"]!.GetValue<string>());

        var done = await (
            await w.Coordinator.PutJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/agreements/{agreement["id"]}",
                new
                {
                    text = "De school belt de wijkagent bij twijfel",
                    organisationIds = new[] { w.School, w.Police },
                    ownerProfessionalId = w.Agent,
                    dueOn = "2020-01-31",
                    status = "done",
                },
                null
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.False(done!["overdue"]!.GetValue<bool>());

        await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/evaluations",
                new { signalling = 4, legalFrameworks = 2 }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        var outcomes = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(item["id"]!.ToString(), outcomes!["items"]![0]!["id"]!.ToString());
        Assert.Equal("done", outcomes["agreements"]![0]!["status"]!.GetValue<string>());
        var aims = outcomes["evaluations"]!["aims"]!.AsArray();
        Assert.Equal(
            4.0,
            aims.Single(a => a!["aim"]!.GetValue<string>() == "signalling")!["average"]!.GetValue<double>()
        );
        Assert.Equal(
            [0, 1, 0, 0, 0],
            aims.Single(a => a!["aim"]!.GetValue<string>() == "legalFrameworks")!["distribution"]!
                .AsArray()
                .Select(n => n!.GetValue<int>())
        );
    }

    [Fact]
    public async Task Other_municipalities_see_nothing_and_a_professional_may_neither_read_nor_write()
    {
        var w = await ArrangeAsync();
        var other = _world.AsCoordinator(await _world.MunicipalityAsync());
        await (await other.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        await (
            await other.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items", Dilemma())
        ).ExpectProblemAsync(HttpStatusCode.NotFound);

        var teacher = _world.AsProfessional(w.Teacher, w.Code);
        await (await teacher.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        await (
            await teacher.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items", Dilemma())
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await ItemCountAsync(w.Workshop));
    }

    [Fact]
    public async Task A_granted_facilitator_records_outcomes_of_that_workshop_until_the_grant_is_revoked()
    {
        var w = await ArrangeAsync();
        var facilitator = _world.AsProfessional(w.Facilitator, w.Code);
        await (
            await facilitator.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items", Dilemma())
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);

        var granted = await (
            await w.Coordinator.PutJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/editors",
                new { professionalIds = new[] { w.Facilitator } },
                null
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(w.Facilitator.ToString(), granted!["editors"]![0]!["professionalId"]!.GetValue<string>());
        await (
            await facilitator.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items", Dilemma())
        ).ExpectAsync(HttpStatusCode.Created);
        await (await facilitator.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes")).ExpectAsync(HttpStatusCode.OK);
        // The grant is for outcomes only: the facilitator may not change the workshop or grant others.
        await (
            await facilitator.PutJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/editors",
                new { professionalIds = new[] { w.Teacher } },
                null
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);

        // Another workshop of the same municipality stays closed to them.
        var second = (
            await (
                await w.Coordinator.PostJsonAsync("/api/v1/workshops", WorkshopApiTests.NewWorkshop("Tweede", w.Code))
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        await (
            await facilitator.PostJsonAsync($"/api/v1/workshops/{second}/outcomes/items", Dilemma())
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);

        await (
            await w.Coordinator.PutJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/editors",
                new { professionalIds = Array.Empty<Guid>() },
                null
            )
        ).ExpectAsync(HttpStatusCode.OK);
        await (await facilitator.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task The_free_text_guard_refuses_case_data_in_items_agreements_evaluations_and_imports()
    {
        var w = await ArrangeAsync();
        var bsn = await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/items",
                Dilemma("Leerling met BSN 111222333 roept extremistische leuzen")
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("BSN", bsn["errors"]!["text"]![0]!.GetValue<string>());

        var theme = await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/items",
                new
                {
                    kind = "trustNeed",
                    aim = "weighingSecrecy",
                    text = "Terugkoppeling",
                    theme = "geboren 3-4-2010",
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("birth date", theme["errors"]!["theme"]![0]!.GetValue<string>());

        await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/agreements",
                new
                {
                    text = "Bespreken van jongere 1112.22.333",
                    organisationIds = new[] { w.School },
                    ownerProfessionalId = w.Agent,
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);

        await (
            await _world
                .AsProfessional(w.Teacher, w.Code)
                .PostJsonAsync(
                    $"/api/v1/workshops/{w.Workshop}/outcomes/evaluations",
                    new { signalling = 5, comment = "Mijn leerling, geboren in 2011, baart zorgen" }
                )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var csv = new StringContent(
            "signaleren;opmerking\n4;Prima\n5;Leerling 111222333 besproken\n",
            Encoding.UTF8,
            "text/csv"
        );
        var import = await (
            await w.Coordinator.PostAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations/import", csv)
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("BSN", import["errors"]!["line 3"]![0]!.GetValue<string>());

        Assert.Equal(0, await ItemCountAsync(w.Workshop));
        Assert.Equal(
            0,
            await factory.WithDbAsync(db =>
                db.WorkshopEvaluations.CountAsync(e => e.WorkshopId == Guid.Parse(w.Workshop))
            )
        );
    }

    [Fact]
    public async Task A_participant_submits_one_anonymous_evaluation_and_an_import_adds_paper_forms()
    {
        var w = await ArrangeAsync();
        var teacher = _world.AsProfessional(w.Teacher, w.Code);
        var receipt = await (
            await teacher.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/evaluations",
                new { signalling = 5, weighingSecrecy = 3 }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        Assert.True(receipt!["own"]!.GetValue<bool>());
        await (
            await teacher.PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations", new { signalling = 1 })
        ).ExpectProblemAsync(HttpStatusCode.Conflict);

        var csv = new StringContent(
            "signaleren;juridisch;opmerking\n3;2;\"Meer over het convenant\"\n",
            Encoding.UTF8,
            "text/csv"
        );
        var imported = await (
            await w.Coordinator.PostAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations/import", csv)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, imported!["imported"]!.GetValue<int>());
        var summary = imported["evaluations"]!;
        Assert.Equal(2, summary["count"]!.GetValue<int>());
        Assert.Equal(["Meer over het convenant"], summary["comments"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(
            4.0,
            summary["aims"]!.AsArray().Single(a => a!["aim"]!.GetValue<string>() == "signalling")![
                "average"
            ]!.GetValue<double>()
        );

        // Two participants, two evaluations: a third does not fit.
        await (
            await w.Coordinator.PostJsonAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/evaluations",
                new { signalling = 4 }
            )
        ).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task GraphQL_records_through_the_same_service_and_refuses_what_REST_refuses()
    {
        var w = await ArrangeAsync();
        var id = GlobalId.Encode("Workshop", Guid.Parse(w.Workshop));
        var added = (
            await w.Coordinator.GraphQLAsync(
                "mutation($id: ID!) { addWorkshopOutcomeItem(workshopId: $id, input: { kind: SOLUTION, aim: LEGAL_FRAMEWORKS, text: \"Het convenant uitleggen\", theme: \"wat mag ik delen\", domains: [\"safety\"] }) { id kind aim } }",
                new { id }
            )
        ).Ok()["addWorkshopOutcomeItem"]!;
        Assert.Equal("SOLUTION", added["kind"]!.GetValue<string>());
        var rest = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/outcomes/items")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(added["id"]!.GetValue<string>(), rest!["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("legalFrameworks", rest["items"]![0]!["aim"]!.GetValue<string>());

        (
            await w.Coordinator.GraphQLAsync(
                "mutation($id: ID!) { addWorkshopOutcomeItem(workshopId: $id, input: { kind: DILEMMA, aim: SIGNALLING, text: \"BSN 111222333\" }) { id } }",
                new { id }
            )
        ).Error("VALIDATION_FAILED");
        var read = (
            await w.Coordinator.GraphQLAsync(
                "query($id: ID!) { workshopOutcomes(workshopId: $id) { items { text theme } evaluations { count } } }",
                new { id }
            )
        ).Ok()["workshopOutcomes"]!;
        Assert.Single(read["items"]!.AsArray());
        (
            await _world
                .AsProfessional(w.Teacher, w.Code)
                .GraphQLAsync("query($id: ID!) { workshopOutcomes(workshopId: $id) { items { text } } }", new { id })
        ).Error("NOT_FOUND");
    }

    private Task<int> ItemCountAsync(string workshop) =>
        factory.WithDbAsync(db => db.WorkshopOutcomeItems.CountAsync(i => i.WorkshopId == Guid.Parse(workshop)));
}
