using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Application.Changes;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence;
using Network.Application.Persistence.Seeding;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Api.Tests.ContactLookup;

/// <summary>
/// The lookup directory follows the change log instead of being rebuilt: after any sequence of changes it must hold
/// exactly what a directory built from scratch holds, and answer every lookup the same.
/// </summary>
public sealed class IncrementalDirectoryTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private LookupDirectoryProvider Provider => factory.Services.GetRequiredService<LookupDirectoryProvider>();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task After_random_changes_the_followed_directory_equals_a_fresh_build_and_answers_the_same()
    {
        await Provider.WaitUntilCurrentAsync(default);
        var random = new Random(16_04);
        var changes = new RandomChanges(factory, random);
        for (var round = 0; round < 4; round++)
        {
            var fullBuilds = Provider.FullBuilds;
            for (var i = 0; i < 15; i++)
                await changes.MakeOneAsync();
            await Provider.WaitUntilCurrentAsync(default);
            Assert.Equal(fullBuilds, Provider.FullBuilds); // followed, not rebuilt

            var followed = Provider.Current!;
            AssertLinked(followed);
            var fresh = await factory.WithDbAsync(db => LookupDirectoryLoader.LoadAsync(db, Today, default));
            var context = $"round {round}, after: {string.Join("; ", changes.Made.TakeLast(15))}";
            Assert.True(
                Describe(followed).SequenceEqual(Describe(fresh)),
                $"{context}\n{FirstDifference(Describe(followed), Describe(fresh))}"
            );

            var answers = await AnswersAsync();
            await Provider.RebuildAsync(default);
            var rebuilt = await AnswersAsync();
            Assert.True(answers.SequenceEqual(rebuilt), $"{context}\n{FirstDifference(answers, rebuilt)}");
        }
        Assert.True(changes.HttpEdits > 0, "no change went through the API");
        Assert.True(
            changes.Made.Select(m => m.Split(' ')[0]).Distinct().Count() >= 15,
            string.Join(", ", changes.Made)
        );
    }

    [Fact]
    public async Task A_change_written_by_another_instance_reaches_this_ones_lookups_without_a_local_save()
    {
        await Provider.WaitUntilCurrentAsync(default);
        var teacher = DemoNetwork.Users.Single(u => u.Login == "teacher.amberveen");
        var target = await LookedUpAsync(teacher);
        var renamed = $"Elders{Guid.NewGuid():N}"[..14];

        // A second instance on the same SQLite file, with its own directory, interceptors and change recorder.
        // (A factory derived with WithWebHostBuilder runs this factory's configuration: the same database file.)
        await using var other = factory.WithWebHostBuilder(_ => { });
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var person = await db.Professionals.SingleAsync(p => p.Id == target);
            person.FamilyName = renamed;
            await db.SaveChangesAsync();
        }

        // No local save happened here: only the follower's poll can bring it (the full refresh is 5 minutes away).
        var client = factory.ClientFor(teacher.Login);
        var seen = false;
        for (var attempt = 0; attempt < 100 && !seen; attempt++)
        {
            seen = (await AskAsync(client)).Contains(renamed);
            if (!seen)
                await Task.Delay(100);
        }
        Assert.True(seen, "the other instance's change did not reach this instance's lookups");
    }

    [Fact]
    public async Task Trust_confirmed_through_another_instance_reaches_this_ones_lookups()
    {
        await Provider.WaitUntilCurrentAsync(default);
        var teacher = DemoNetwork.Users.Single(u => u.Login == "teacher.amberveen");
        var client = factory.ClientFor(teacher.Login);
        var before = System.Text.Json.Nodes.JsonNode.Parse(await AskAsync(client))!["contacts"]!.AsArray();
        var stranger = before.First(c => c!["trustDistance"]?.GetValue<int>() is null or > 1)!["id"]!.GetValue<Guid>();

        await using var other = factory.WithWebHostBuilder(_ => { });
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var now = DateTimeOffset.UtcNow;
            db.TrustRelationships.Add(
                new Network.Domain.Trust.TrustRelationship
                {
                    ProposerId = teacher.ProfessionalId!.Value,
                    RecipientId = stranger,
                    MunicipalityCode = teacher.Municipalities[0],
                    Status = Network.Domain.Trust.TrustStatus.Confirmed,
                    ProposedAt = now,
                    ConfirmedAt = now,
                    LastConfirmedAt = now,
                    ExpiresAt = now.AddYears(1),
                }
            );
            await db.SaveChangesAsync();
        }

        int? distance = null;
        for (var attempt = 0; attempt < 100 && distance != 1; attempt++)
        {
            var contacts = System.Text.Json.Nodes.JsonNode.Parse(await AskAsync(client))!["contacts"]!.AsArray();
            distance = contacts
                .FirstOrDefault(c => c!["id"]!.GetValue<Guid>() == stranger)
                ?["trustDistance"]?.GetValue<int>();
            if (distance != 1)
                await Task.Delay(100);
        }
        Assert.Equal(1, distance);
    }

    [Fact]
    public async Task An_entry_that_commits_after_a_later_numbered_one_is_still_applied()
    {
        // PostgreSQL hands out identity numbers before commit: a transaction holding 41 may commit after 42. Written
        // here by hand (no interceptor runs for ExecuteUpdate), numbers first with a hole, then the hole filled.
        await Provider.WaitUntilCurrentAsync(default);
        var people = await factory.WithDbAsync(db =>
            db.Professionals.Where(p => p.IsActive && p.ListingStatus == ListingStatus.Listed)
                .OrderBy(p => p.Id)
                .Select(p => p.Id)
                .Take(2)
                .ToListAsync()
        );
        var start = await factory.WithDbAsync(db => db.ChangeLog.MaxAsync(e => e.Seq));

        await RenameByHandAsync(people[0], "Laterone", start + 2);
        Provider.FollowInBackground();
        await WaitForAsync(() => Provider.Current!.Person(people[0])!.Name.EndsWith("Laterone"));
        Assert.Contains(start + 1, Provider.Current!.Position.Gaps.Select(g => g.Seq));

        await RenameByHandAsync(people[1], "Earlierone", start + 1);
        Provider.FollowInBackground();
        await WaitForAsync(() => Provider.Current!.Person(people[1])!.Name.EndsWith("Earlierone"));
        Assert.Empty(Provider.Current!.Position.Gaps);
    }

    [Fact]
    public async Task A_lookup_right_after_a_local_change_sees_it()
    {
        await Provider.WaitUntilCurrentAsync(default);
        var teacher = DemoNetwork.Users.Single(u => u.Login == "teacher.amberveen");
        var target = await LookedUpAsync(teacher);
        var renamed = $"Direct{Guid.NewGuid():N}"[..14];
        await factory.WithDbAsync(async db =>
        {
            (await db.Professionals.SingleAsync(p => p.Id == target)).FamilyName = renamed;
            await db.SaveChangesAsync();
        });
        // No wait: the save's interceptor made the next lookup wait for the update.
        Assert.Contains(renamed, await AskAsync(factory.ClientFor(teacher.Login)));
    }

    private async Task RenameByHandAsync(Guid person, string name, long seq) =>
        await factory.WithDbAsync(async db =>
        {
            await db
                .Professionals.Where(p => p.Id == person)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.FamilyName, name));
            // The entry alone names no root, so neither the recorder nor the directory's interceptor reacts to it.
            db.ChangeLog.Add(
                new ChangeLogEntry
                {
                    Seq = seq,
                    EntityType = ChangeEntityType.Professional,
                    EntityId = ChangeRecorder.Key(person),
                    RecordedAt = DateTimeOffset.UtcNow,
                }
            );
            await db.SaveChangesAsync();
            // PostgreSQL's identity does not move past a number written by hand: the next save of any test in this
            // class would be handed it again (duplicate key). SQLite's AUTOINCREMENT does move.
            if (db.IsPostgres())
                await db.Database.ExecuteSqlRawAsync(
                    """SELECT setval(pg_get_serial_sequence('"ChangeLog"', 'Seq'), (SELECT max("Seq") FROM "ChangeLog"))"""
                );
        });

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition());
    }

    /// <summary>Someone the teacher's lookup lists, so a change to them shows in the answer.</summary>
    private async Task<Guid> LookedUpAsync(DemoUser asker)
    {
        var answer = System.Text.Json.Nodes.JsonNode.Parse(await AskAsync(factory.ClientFor(asker.Login)))!;
        return answer["contacts"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).First();
    }

    private static async Task<string> AskAsync(HttpClient client)
    {
        var response = await client.PostJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" });
        return (await response.ExpectAsync(HttpStatusCode.OK))!.ToJsonString();
    }

    /// <summary>Every demo login's answer for every concern type and municipality (refusals included), as text.</summary>
    private async Task<List<string>> AnswersAsync()
    {
        var (concerns, municipalities) = await factory.WithDbAsync(async db =>
            (
                await db.ConcernTypes.Select(c => c.Id).OrderBy(c => c).ToListAsync(),
                await db.Municipalities.Select(m => m.Code).OrderBy(c => c).ToListAsync()
            )
        );
        var answers = new List<string>();
        foreach (var user in DemoNetwork.Users)
        {
            var client = factory.ClientFor(user.Login);
            foreach (var concern in concerns)
            foreach (var municipality in municipalities)
            {
                var response = await client.PostJsonAsync(
                    "/api/v1/lookups",
                    new { concernType = concern, municipality }
                );
                answers.Add(
                    $"{user.Login} {concern} {municipality} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
                );
            }
        }
        return answers;
    }

    private static string FirstDifference(List<string> a, List<string> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
            if (i >= a.Count || i >= b.Count || a[i] != b[i])
                return $"first difference at line {i}:\n followed: {(i < a.Count ? a[i] : "(none)")}\n fresh:    {(i < b.Count ? b[i] : "(none)")}";
        return "equal";
    }

    /// <summary>Every candidate names a filled slot of the person it stands for, in directory (slot) order.</summary>
    private static void AssertLinked(LookupDirectory d)
    {
        foreach (var (key, list) in d.Candidates)
        {
            Assert.NotEmpty(list);
            for (var i = 0; i < list.Length; i++)
            {
                var person = d.People.At(list[i].Person);
                Assert.NotNull(person);
                Assert.Equal(list[i].Person, d.PersonIndex[person.Id]);
                Assert.Contains(key.Municipality, person.Municipalities);
                Assert.True(i == 0 || list[i - 1].Person <= list[i].Person, $"{key} out of directory order");
            }
        }
        foreach (var (id, slot) in d.PersonIndex)
            Assert.Equal(id, d.People[slot].Id);
    }

    /// <summary>The directory as text, independent of slot numbers and build order.</summary>
    private static List<string> Describe(LookupDirectory d)
    {
        static string L<T>(IEnumerable<T> items) => "[" + string.Join(",", items) + "]";
        var lines = new List<string>();
        foreach (var (id, slot) in d.PersonIndex.OrderBy(x => x.Key))
        {
            var p = d.People[slot];
            lines.Add(
                $"person {id} {p.Name} {p.ProfessionId} {p.OffersAnonymousConsultation} {L(p.Tags)} {L(p.Domains)} {L(p.Municipalities)} {p.LastVerifiedOn} {L(p.ContactPoints)} {L(p.Organisations)}"
            );
        }
        lines.AddRange(d.OrganisationsOf.OrderBy(x => x.Key).Select(x => $"organisations-of {x.Key} {L(x.Value)}"));
        lines.AddRange(d.DesignatedOfficers.OrderBy(x => x.Key).Select(x => $"officers {x.Key} {L(x.Value)}"));
        lines.AddRange(
            d.Organisations.OrderBy(x => x.Key)
                .Select(x =>
                    $"organisation {x.Key} {x.Value.Name} {x.Value.Kind} {x.Value.IsActive} {L(x.Value.Municipalities)} {L(x.Value.ContactPoints)}"
                )
        );
        foreach (var (key, list) in d.Candidates.OrderBy(x => x.Key))
            lines.Add(
                $"candidates {key} {L(list.Select(c => $"{d.People[c.Person].Id}/{c.LastVerifiedOn}/{c.Name}/{c.Domains}").Order())}"
            );
        lines.AddRange(
            d.Routes.OrderBy(x => x.Key)
                .Select(x =>
                    $"route {x.Key} {L(x.Value.Select(s => $"{s.Id}/{s.Order}/{s.Kind}/{s.ProfessionalId}/{s.OrganisationId}/{s.Note}/{s.MethodStep}"))}"
                )
        );
        lines.AddRange(
            d.CovenantsByOrganisation.OrderBy(x => x.Key)
                .Select(x =>
                    $"covenants {x.Key} {L(x.Value.Select(c => $"{c.Id}/{c.Title}/{c.Purpose}/{c.ValidFrom}/{c.ValidUntil}/{L(c.Signatories.Order())}/{L(c.Municipalities.Order())}"))}"
                )
        );
        lines.AddRange(d.Workshops.OrderBy(x => x.Key).Select(x => $"workshop {x.Key} {x.Value}"));
        lines.AddRange(
            d.Professions.OrderBy(x => x.Key).Select(x => $"profession {x.Key} {x.Value.Name} {x.Value.Regime}")
        );
        lines.AddRange(
            d.ConcernTypes.OrderBy(x => x.Key).Select(x => $"concern {x.Key} {x.Value.Name} {L(x.Value.ExpertiseTags)}")
        );
        lines.Add($"domains {L(d.Domains.Order())} {L(d.DomainBits.OrderBy(b => b.Key))}");
        lines.AddRange(d.MunicipalityNames.OrderBy(x => x.Key).Select(x => $"municipality {x.Key} {x.Value}"));
        return lines;
    }

    /// <summary>
    /// One random change per call to something the directory holds, saved through the application's DbContext (so
    /// through the same interceptors and change recorder as the services), or through the API for the own profile.
    /// </summary>
    private sealed class RandomChanges(NetworkApiFactory factory, Random random)
    {
        public List<string> Made { get; } = [];
        public int HttpEdits { get; private set; }

        private static readonly string[] Names = ["Jansen", "de Boer", "Visser", "Smit", "Meijer", "Mulder"];

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        public async Task MakeOneAsync()
        {
            var kind = random.Next(26);
            if (kind >= 23)
            {
                Made.Add($"own-profile {await OwnProfileAsync()}");
                return;
            }
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var what = await ChangeAsync(db, kind);
            await db.SaveChangesAsync();
            Made.Add(what);
        }

        /// <summary>A demo professional flips their anonymous consultation with PATCH /me/profile.</summary>
        private async Task<string> OwnProfileAsync()
        {
            var user = Pick(DemoNetwork.Users.Where(u => u.ProfessionalId is not null).ToList());
            var client = factory.ClientFor(user.Login);
            var get = await client.GetAsync("/api/v1/me");
            if (get.StatusCode != HttpStatusCode.OK)
                return $"{user.Login} not editable ({(int)get.StatusCode})";
            var me = (await get.ExpectAsync(HttpStatusCode.OK))!;
            var offers = me["offersAnonymousConsultation"]!.GetValue<bool>();
            var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
            {
                Content = new StringContent(
                    $$"""{"offersAnonymousConsultation": {{(!offers).ToString().ToLowerInvariant()}}}""",
                    Encoding.UTF8,
                    "application/merge-patch+json"
                ),
            };
            patch.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{get.VersionTag()}\""));
            var response = await client.SendAsync(patch);
            await response.ExpectAsync(HttpStatusCode.OK);
            HttpEdits++;
            return $"{user.Login} anonymous {!offers}";
        }

        private async Task<string> ChangeAsync(NetworkDbContext db, int kind)
        {
            var municipalities = await db.Municipalities.Select(m => m.Code).ToListAsync();
            switch (kind)
            {
                case < 12:
                {
                    var p = Pick(
                        await db
                            .Professionals.Include(x => x.Municipalities)
                            .Include(x => x.Domains)
                            .Include(x => x.ContactPoints)
                            .Include(x => x.Memberships)
                            .OrderBy(x => x.Id)
                            .ToListAsync()
                    );
                    return await ChangeProfessionalAsync(db, p, kind, municipalities);
                }
                case < 16:
                {
                    var o = Pick(
                        await db
                            .Organisations.Include(x => x.Municipalities)
                            .Include(x => x.ContactPoints)
                            .OrderBy(x => x.Id)
                            .ToListAsync()
                    );
                    switch (kind)
                    {
                        case 12:
                            o.Name = $"{o.Name.Split(' ')[0]} {Pick(Names)}";
                            return $"organisation-name {o.Id}";
                        case 13:
                            o.IsActive = !o.IsActive;
                            return $"organisation-active {o.Id} {o.IsActive}";
                        case 14:
                            var code = Pick(municipalities);
                            if (o.Municipalities.FirstOrDefault(m => m.MunicipalityCode == code) is { } served)
                                o.Municipalities.Remove(served);
                            else
                                o.Municipalities.Add(new() { OrganisationId = o.Id, MunicipalityCode = code });
                            return $"organisation-municipality {o.Id} {code}";
                        default:
                            o.ContactPoints.Add(
                                new()
                                {
                                    OrganisationId = o.Id,
                                    Channel = ContactChannel.WorkPhone,
                                    Value = $"0{random.Next(100_000_000, 999_999_999)}",
                                    Label = "desk",
                                }
                            );
                            return $"organisation-contact {o.Id}";
                    }
                }
                case 16:
                {
                    var c = Pick(await db.Covenants.Include(x => x.Signatories).OrderBy(x => x.Id).ToListAsync());
                    c.Title = $"Convenant {Pick(Names)}";
                    c.ValidUntil = c.ValidUntil is null ? Today.AddDays(-1) : null;
                    return $"covenant {c.Id}";
                }
                case 17:
                {
                    var c = Pick(await db.Covenants.Include(x => x.Signatories).OrderBy(x => x.Id).ToListAsync());
                    var o = Pick(await db.Organisations.Select(x => x.Id).OrderBy(x => x).ToListAsync());
                    if (c.Signatories.FirstOrDefault(s => s.OrganisationId == o) is { } signed)
                        c.Signatories.Remove(signed);
                    else
                        c.Signatories.Add(new() { CovenantId = c.Id, OrganisationId = o });
                    return $"covenant-signatory {c.Id} {o}";
                }
                case 18:
                {
                    var r = Pick(await db.Routes.Include(x => x.Steps).OrderBy(x => x.Id).ToListAsync());
                    var s = Pick(r.Steps.OrderBy(x => x.Id).ToList());
                    s.Note = $"Note {random.Next(1000)}";
                    return $"route {r.Id}";
                }
                case 19:
                {
                    var p = Pick(await db.Professions.OrderBy(x => x.Id).ToListAsync());
                    p.Name = $"{p.Name.Split(' ')[0]} {random.Next(100)}";
                    return $"profession {p.Id}";
                }
                case 20:
                {
                    var c = Pick(await db.ConcernTypes.OrderBy(x => x.Id).ToListAsync());
                    var tags = await db.ConcernTypes.Select(x => x.ExpertiseTags).ToListAsync();
                    var tag = Pick(tags.SelectMany(t => t).Distinct().Order().ToList());
                    c.ExpertiseTags =
                        c.ExpertiseTags.Contains(tag) && c.ExpertiseTags.Count > 1
                            ? [.. c.ExpertiseTags.Where(t => t != tag)]
                            : [.. c.ExpertiseTags.Append(tag).Distinct()];
                    return $"concern-tags {c.Id} {tag}";
                }
                case 21:
                {
                    var m = Pick(await db.Municipalities.OrderBy(x => x.Code).ToListAsync());
                    m.Name = $"{m.Name.Split(' ')[0]} {random.Next(100)}";
                    return $"municipality-name {m.Code}";
                }
                default:
                {
                    var w = Pick(await db.Workshops.OrderBy(x => x.Id).ToListAsync());
                    w.Title = $"Werkatelier {random.Next(1000)}";
                    w.Version++;
                    return $"workshop {w.Id}";
                }
            }
        }

        private async Task<string> ChangeProfessionalAsync(
            NetworkDbContext db,
            Professional p,
            int kind,
            List<string> municipalities
        )
        {
            switch (kind)
            {
                case 0:
                    p.FamilyName = Pick(Names);
                    return $"name {p.Id}";
                case 1:
                    p.LastVerifiedOn = Today.AddDays(-random.Next(800));
                    return $"verified {p.Id}";
                case 2:
                {
                    var tags = await db.ConcernTypes.Select(x => x.ExpertiseTags).ToListAsync();
                    var tag = Pick(tags.SelectMany(t => t).Distinct().Order().ToList());
                    p.ExpertiseTags = p.ExpertiseTags.Contains(tag)
                        ? [.. p.ExpertiseTags.Where(t => t != tag)]
                        : [.. p.ExpertiseTags, tag];
                    return $"tags {p.Id} {tag}";
                }
                case 3:
                    p.IsActive = !p.IsActive;
                    return $"active {p.Id} {p.IsActive}";
                case 4:
                    p.ListingStatus =
                        p.ListingStatus == ListingStatus.Listed ? ListingStatus.Pending : ListingStatus.Listed;
                    return $"listing {p.Id} {p.ListingStatus}";
                case 5:
                {
                    var code = Pick(municipalities);
                    if (p.Municipalities.FirstOrDefault(m => m.MunicipalityCode == code) is { } served)
                        p.Municipalities.Remove(served);
                    else
                        p.Municipalities.Add(new() { ProfessionalId = p.Id, MunicipalityCode = code });
                    return $"municipality {p.Id} {code}";
                }
                case 6:
                {
                    var domain = Pick(await db.Domains.Select(d => d.Id).OrderBy(d => d).ToListAsync());
                    if (p.Domains.FirstOrDefault(d => d.DomainId == domain) is { } has)
                        p.Domains.Remove(has);
                    else
                        p.Domains.Add(new() { ProfessionalId = p.Id, DomainId = domain });
                    return $"domain {p.Id} {domain}";
                }
                case 7:
                {
                    if (p.ContactPoints.Count == 0)
                        goto case 8;
                    var cp = Pick(p.ContactPoints.OrderBy(c => c.Id).ToList());
                    cp.Visibility = Pick(Enum.GetValues<VisibilityLevel>());
                    cp.Value = $"06{random.Next(10_000_000, 99_999_999)}";
                    return $"contact-point {p.Id}";
                }
                case 8:
                    if (p.ContactPoints.Count > 1 && random.Next(2) == 0)
                    {
                        p.ContactPoints.Remove(Pick(p.ContactPoints.OrderBy(c => c.Id).ToList()));
                        return $"contact-point-removed {p.Id}";
                    }
                    p.ContactPoints.Add(
                        new()
                        {
                            ProfessionalId = p.Id,
                            Channel = Pick(Enum.GetValues<ContactChannel>()),
                            Value = $"extra{random.Next(1000)}@example.org",
                            Visibility = Pick(Enum.GetValues<VisibilityLevel>()),
                        }
                    );
                    return $"contact-point-added {p.Id}";
                case 9:
                {
                    if (p.Memberships.Count == 0)
                        goto case 10;
                    var m = Pick(p.Memberships.OrderBy(x => x.Id).ToList());
                    m.IsDesignatedOfficer = !m.IsDesignatedOfficer;
                    return $"officer {p.Id} {m.OrganisationId} {m.IsDesignatedOfficer}";
                }
                case 10:
                {
                    var o = Pick(await db.Organisations.Select(x => x.Id).OrderBy(x => x).ToListAsync());
                    p.Memberships.Add(
                        new()
                        {
                            ProfessionalId = p.Id,
                            OrganisationId = o,
                            RoleTitle = "Medewerker",
                            StartDate = Today.AddDays(-10),
                            IsDesignatedOfficer = random.Next(3) == 0,
                        }
                    );
                    return $"membership-added {p.Id} {o}";
                }
                default:
                {
                    if (p.Memberships.Count == 0)
                        goto case 10;
                    var m = Pick(p.Memberships.OrderBy(x => x.Id).ToList());
                    m.EndDate = m.EndDate is null ? Today.AddDays(-1) : null;
                    return $"membership-ended {p.Id} {m.OrganisationId} {m.EndDate}";
                }
            }
        }
    }
}
