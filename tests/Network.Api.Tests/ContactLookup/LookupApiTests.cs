using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Trust;

namespace Network.Api.Tests.ContactLookup;

public sealed class LookupApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private const string Url = "/api/v1/lookups";

    private static async Task<JsonNode> AskAsync(HttpClient client, object body) =>
        (await (await client.PostJsonAsync(Url, body)).ExpectAsync(HttpStatusCode.OK))!;

    private static JsonArray Contacts(JsonNode answer) => answer["contacts"]!.AsArray();

    private static string[] Names(JsonNode answer) =>
        Contacts(answer).Select(c => c!["name"]!.GetValue<string>()).ToArray();

    private static JsonNode ContactNamed(JsonNode answer, string name) =>
        Contacts(answer).Single(c => c!["name"]!.GetValue<string>() == name)!;

    [Fact]
    public async Task Lookup_ranks_direct_trust_before_two_and_three_steps_then_people_without_a_path()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.As(w.Asker), new { concernType = w.Concern });

        Assert.Equal(["Anna Jansen", "Bram de Vries", "Cees Bakker", "Umar Zonderpad", "Sanne Oud"], Names(answer));
        Assert.Equal([1, 2, 3], Contacts(answer).Take(3).Select(c => c!["trustDistance"]!.GetValue<int>()));
        Assert.Null(ContactNamed(answer, "Umar Zonderpad")["trustDistance"]);
        Assert.Equal(w.Municipality, answer["municipality"]!.GetValue<string>());
    }

    [Fact]
    public async Task Explanation_names_the_real_trust_path_with_the_workshop()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.As(w.Asker), new { concernType = w.Concern });

        var bram = ContactNamed(answer, "Bram de Vries");
        Assert.Contains(
            "you → Anna Jansen (workshop 12 March 2026) → Bram de Vries",
            bram["reason"]!.GetValue<string>()
        );
        Assert.Equal(
            ["Anna Jansen", "Bram de Vries"],
            bram["trustPath"]!.AsArray().Select(h => h!["name"]!.GetValue<string>())
        );
        Assert.Equal("Werkatelier Testdorp", bram["trustPath"]![0]!["workshopTitle"]!.GetValue<string>());
        Assert.Contains(
            "you → Anna Jansen (workshop 12 March 2026) → Bram de Vries",
            ContactNamed(answer, "Cees Bakker")["reason"]!.GetValue<string>()
        );
        Assert.StartsWith("No trust path", ContactNamed(answer, "Umar Zonderpad")["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Trusted_mobile_is_shown_only_to_someone_with_confirmed_trust()
    {
        var w = await _world.LookupNetworkAsync();
        var asker = await AskAsync(w.As(w.Asker), new { concernType = w.Concern });
        var stranger = await AskAsync(w.As(w.U), new { concernType = w.Concern });

        static string[] Channels(JsonNode contact) =>
            contact["contactPoints"]!.AsArray().Select(c => c!["channel"]!.GetValue<string>()).Order().ToArray();
        var anna = ContactNamed(asker, "Anna Jansen");
        Assert.Equal(["mobile", "website", "workPhone"], Channels(anna));
        var mobile = anna["contactPoints"]!.AsArray().Single(c => c!["channel"]!.GetValue<string>() == "mobile")!;
        Assert.Contains("you and Anna Jansen confirmed trust at the workshop", mobile["why"]!.GetValue<string>());
        Assert.Equal(["website", "workPhone"], Channels(ContactNamed(asker, "Bram de Vries"))); // two steps is not trust
        Assert.Equal(["website", "workPhone"], Channels(ContactNamed(stranger, "Anna Jansen")));
    }

    [Fact]
    public async Task System_client_with_the_lookup_scope_sees_routes_and_public_contact_points_only()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.AsSystem("network.lookup"), new { concernType = w.Concern });

        Assert.NotEmpty(answer["route"]!.AsArray());
        Assert.All(Contacts(answer), c =>
        {
            Assert.All(c!["contactPoints"]!.AsArray(), cp =>
                Assert.Equal("public", cp!["visibility"]!.GetValue<string>())
            );
            Assert.Null(c["trustDistance"]);
        });
        await (
            await w.AsSystem("network.directory.read").PostJsonAsync(Url, new { concernType = w.Concern })
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Restricted_contact_points_shown_are_audited_without_the_concern()
    {
        var w = await _world.LookupNetworkAsync();
        await AskAsync(w.As(w.Asker), new { concernType = w.Concern });

        var events = await factory.WithDbAsync(db =>
            db.AuditEvents.AsNoTracking().Where(e => e.SubjectProfessionalId == w.T1.Id).ToListAsync()
        );
        var read = Assert.Single(events, e => e.Action == "contact-point.read");
        Assert.Equal("trusted", read.Detail);
        Assert.Equal(w.Asker.Id, read.ActorProfessionalId);
        var everything = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(everything, e => $"{e.Action}{e.SubjectType}{e.SubjectId}{e.Detail}".Contains(w.Concern));

        // The owner sees the read where owners look, with the reader's name and the moment, as any other read.
        var reads = await (await w.As(w.T1).GetAsync("/api/v1/me/restricted-reads")).ExpectAsync(HttpStatusCode.OK);
        var seen = Assert.Single(reads!["items"]!.AsArray(), r =>
            r!["viewerProfessionalId"]?.GetValue<Guid>() == w.Asker.Id
        );
        Assert.Equal("Ilse Vrager", seen!["viewerName"]!.GetValue<string>());
        Assert.True(
            (DateTimeOffset.UtcNow - seen["occurredAt"]!.GetValue<DateTimeOffset>()).Duration()
                < TimeSpan.FromMinutes(5)
        );
    }

    [Theory]
    [InlineData("clientName", "Jan de Vries")]
    [InlineData("birthDate", "2010-04-01")]
    [InlineData("bsn", "111222333")]
    public async Task Request_carrying_client_data_is_refused_with_a_clear_400(string field, string value)
    {
        var w = await _world.LookupNetworkAsync();
        var body = new JsonObject { ["concernType"] = w.Concern, [field] = value };

        var problem = await (await w.As(w.Asker).PostJsonAsync(Url, body)).ExpectProblemAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains(field, problem["detail"]!.GetValue<string>());
        var counted = await factory.WithDbAsync(db => db.LookupCounters.AnyAsync(c => c.ConcernTypeId == w.Concern));
        Assert.False(counted);
    }

    [Fact]
    public async Task Unknown_concern_type_is_a_validation_error_listing_the_known_ones()
    {
        var w = await _world.LookupNetworkAsync();
        var problem = await (
            await w.As(w.Asker).PostJsonAsync(Url, new { concernType = "nonsense" })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains("radicalisation", problem["errors"]!["concernType"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Asker_in_several_municipalities_must_choose_one()
    {
        var w = await _world.LookupNetworkAsync();
        var client = w.As(w.Asker, "GM9902");

        var problem = await (await client.PostJsonAsync(Url, new { concernType = w.Concern })).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );
        Assert.Contains("choose one", problem["errors"]!["municipality"]![0]!.GetValue<string>());
        var answer = await AskAsync(client, new { concernType = w.Concern, municipality = w.Municipality });
        Assert.Equal("Anna Jansen", Names(answer)[0]);
        await (
            await client.PostJsonAsync(Url, new { concernType = w.Concern, municipality = "GM0363" })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Route_resolves_the_askers_own_designated_officer_and_filters_by_method_step()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.As(w.Asker), new { concernType = w.Concern });

        var route = answer["route"]!.AsArray();
        Assert.Equal(
            ["ownDesignatedOfficer", "organisation", "nationalLine", "emergency"],
            route.Select(s => s!["kind"]!.GetValue<string>())
        );
        Assert.Equal("Otto Functionaris", route[0]!["people"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Gemeente Testdorp", route[1]!["organisation"]!["name"]!.GetValue<string>());

        var anonymous = await AskAsync(
            w.As(w.Asker),
            new { concernType = w.Concern, methodStep = "anonymousConsultation" }
        );
        Assert.Equal(
            ["ownDesignatedOfficer", "nationalLine"],
            anonymous["route"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>())
        );

        // Someone without a designated officer in their organisations skips that rung.
        var other = await AskAsync(w.As(w.U), new { concernType = w.Concern });
        Assert.Equal("organisation", other["route"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contact_shows_regime_anonymous_consultation_covenants_both_signed_and_stale_warning()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.As(w.Asker), new { concernType = w.Concern });

        var anna = ContactNamed(answer, "Anna Jansen");
        Assert.Equal("youthCareSecrecy", anna["profession"]!["confidentialityRegime"]!.GetValue<string>());
        Assert.Contains("Jeugdwet", anna["profession"]!["legalSource"]!.GetValue<string>());
        Assert.True(anna["offersAnonymousConsultation"]!.GetValue<bool>());
        Assert.Equal(
            ["Convenant Veiligheidshuis Testdorp"],
            anna["sharedCovenants"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())
        );
        Assert.Empty(ContactNamed(answer, "Cees Bakker")["sharedCovenants"]!.AsArray());
        Assert.Null(anna["staleWarning"]);
        Assert.Contains("more than a year", ContactNamed(answer, "Sanne Oud")["staleWarning"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_daily_count_per_municipality_and_concern_is_stored()
    {
        var w = await _world.LookupNetworkAsync();
        var client = w.As(w.Asker);
        await AskAsync(client, new { concernType = w.Concern });
        await AskAsync(client, new { concernType = w.Concern, domain = "youth" });

        await factory
            .Services.GetRequiredService<Network.Application.ContactLookup.LookupCounterBuffer>()
            .FlushAsync(default);
        var counter = await factory.WithDbAsync(db =>
            db.LookupCounters.AsNoTracking().SingleAsync(c => c.ConcernTypeId == w.Concern)
        );
        Assert.Equal(w.Municipality, counter.MunicipalityCode);
        Assert.Equal(2, counter.Count);
    }

    [Fact]
    public async Task A_trust_change_is_seen_by_the_next_lookup()
    {
        var w = await _world.LookupNetworkAsync();
        var client = w.As(w.Asker);
        Assert.Equal("Anna Jansen", Names(await AskAsync(client, new { concernType = w.Concern }))[0]);

        var added = TestWorld.NewTrust(w.Asker.Id, w.U.Id, w.Municipality, at: DateTimeOffset.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            var t = await db.TrustRelationships.SingleAsync(x => x.Id == w.AskerT1.Id);
            t.Status = TrustStatus.Revoked;
            t.RevokedAt = DateTimeOffset.UtcNow;
            db.TrustRelationships.Add(added);
            await db.SaveChangesAsync();
        });
        // What the trust service does after saving: name the changed relationships (the snapshot re-reads only those).
        var graphs = factory.Services.GetRequiredService<Network.Application.Trust.Graph.TrustGraphSnapshotProvider>();
        graphs.Invalidate(w.AskerT1.Id);
        graphs.Invalidate(added.Id);

        var after = await AskAsync(client, new { concernType = w.Concern });
        Assert.Equal("Umar Zonderpad", Names(after)[0]);
        Assert.Equal(1, ContactNamed(after, "Umar Zonderpad")["trustDistance"]!.GetValue<int>());
        Assert.Null(ContactNamed(after, "Anna Jansen")["trustDistance"]);
        Assert.DoesNotContain(ContactNamed(after, "Anna Jansen")["contactPoints"]!.AsArray(), c =>
            c!["channel"]!.GetValue<string>() == "mobile"
        );
    }

    [Fact]
    public async Task Domain_filter_keeps_only_contacts_working_in_that_domain()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.As(w.Asker), new { concernType = w.Concern, domain = "safety" });
        Assert.Empty(Contacts(answer));
    }

    [Fact]
    public async Task Coordinator_may_ask_and_sees_trusted_contact_points_but_no_trust_path()
    {
        var w = await _world.LookupNetworkAsync();
        var answer = await AskAsync(w.AsCoordinator(), new { concernType = w.Concern });

        Assert.Equal(5, Contacts(answer).Count);
        Assert.All(Contacts(answer), c => Assert.Null(c!["trustDistance"]));
        Assert.Contains(ContactNamed(answer, "Anna Jansen")["contactPoints"]!.AsArray(), c =>
            c!["channel"]!.GetValue<string>() == "mobile"
        );
        Assert.DoesNotContain(answer["route"]!.AsArray(), s =>
            s!["kind"]!.GetValue<string>() == "ownDesignatedOfficer"
        );
    }

    [Fact]
    public async Task A_saved_change_to_a_contact_points_visibility_reaches_the_lookup()
    {
        var w = await _world.LookupNetworkAsync();
        var client = w.As(w.Asker);
        Assert.Contains(
            ContactNamed(await AskAsync(client, new { concernType = w.Concern }), "Anna Jansen")[
                "contactPoints"
            ]!.AsArray(),
            c => c!["channel"]!.GetValue<string>() == "mobile"
        );

        // Any save through the application's DbContext (here straight to the store) invalidates the directory.
        await factory.WithDbAsync(async db =>
        {
            var mobile = await db.ContactPoints.SingleAsync(c =>
                c.ProfessionalId == w.T1.Id && c.Channel == Network.Domain.Contacts.ContactChannel.Mobile
            );
            mobile.Visibility = Network.Domain.Contacts.VisibilityLevel.Private;
            await db.SaveChangesAsync();
        });
        await factory
            .Services.GetRequiredService<Network.Application.ContactLookup.Index.LookupDirectoryProvider>()
            .WaitUntilCurrentAsync(default);

        var after = await AskAsync(client, new { concernType = w.Concern });
        Assert.DoesNotContain(ContactNamed(after, "Anna Jansen")["contactPoints"]!.AsArray(), c =>
            c!["channel"]!.GetValue<string>() == "mobile"
        );
    }
}
