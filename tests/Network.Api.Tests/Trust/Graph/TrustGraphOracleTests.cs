using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Application.ContactLookup;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence;
using Network.Application.Persistence.Seeding;
using Network.Application.Trust.Graph;
using Network.Domain.ContactLookup;
using Network.Domain.Municipalities;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Trust.Graph;

/// <summary>
/// The in-memory snapshot and the recursive SQL query must agree: on random networks (statuses, confirmation
/// dates around each municipality's validity period, parallel and self edges) both give the same distances.
/// </summary>
public sealed class TrustGraphOracleTests : IAsyncLifetime
{
    private readonly TestDatabase _store = TestDatabase.Create("network-oracle");
    private NetworkDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = _store.OpenContext();
        await _db.Database.MigrateAsync();
        await CatalogueSeed.SeedAsync(_db, default);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _store.Dispose();
    }

    [Theory]
    [InlineData(1, 300, 900, "2026-06-15T12:00:00Z")]
    [InlineData(2, 400, 1100, "2026-03-31T23:30:00Z")]
    [InlineData(3, 250, 1200, "2026-02-28T08:00:00Z")]
    [InlineData(4, 500, 1500, "2026-01-01T00:00:00Z")]
    public async Task Snapshot_and_recursive_sql_give_identical_distances(
        int seed,
        int people,
        int edges,
        string nowText
    )
    {
        var now = DateTimeOffset.Parse(nowText);
        var ids = await ArrangeRandomNetworkAsync(new Random(seed), people, edges, now);

        var graph = await TrustGraphLoader.LoadAsync(_db, now, default);
        var sql = new SqlTrustSearch(_db);
        var random = new Random(seed * 31);
        var compared = 0;
        foreach (var source in ids.OrderBy(_ => random.Next()).Take(25))
        {
            var expected = await sql.DistancesAsync(source, now, default);
            var actual = new Dictionary<Guid, int>();
            using (var search = graph.RentSearch())
            {
                search.Run(graph.TryGetNode(source, out var node) ? node : -1, 3, now.UtcTicks);
                foreach (var n in search.Reached)
                    actual[graph.NodeId(n)] = search.Distance(n);
            }
            if (actual.Count == 0)
                actual[source] = 0; // the SQL walk always reports its source

            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
            compared += expected.Count;

            // The SQL fallback's paths are real shortest paths too.
            foreach (var (target, distance) in expected.Where(e => e.Value > 0).Take(5))
            {
                var path = await sql.PathAsync(expected, target, now, default);
                Assert.Equal(distance, path.Count);
                Assert.Equal(target, path[^1].Person);
            }
        }
        Assert.True(compared > 100, $"the random networks should be connected enough to compare; compared {compared}");
    }

    /// <summary>
    /// The lookup's ranking reads distances from <see cref="SnapshotReach"/>: bits of the directory slots reached at
    /// one and two steps, "three or unreachable" for everyone else, settled per candidate. Both must match the SQL
    /// walk for every person of the directory, including people without any trust (no graph node).
    /// </summary>
    [Theory]
    [InlineData(5, 300, 900, "2026-06-15T12:00:00Z")]
    [InlineData(6, 500, 1500, "2026-01-01T00:00:00Z")]
    public async Task The_lookups_reach_gives_the_sql_distances_for_every_directory_person(
        int seed,
        int people,
        int edges,
        string nowText
    )
    {
        var now = DateTimeOffset.Parse(nowText);
        var ids = await ArrangeRandomNetworkAsync(new Random(seed), people, edges, now);
        var graph = await TrustGraphLoader.LoadAsync(_db, now, default);
        var directory = await LookupDirectoryLoader.LoadAsync(_db, DateOnly.FromDateTime(now.UtcDateTime), default);
        var map = SlotNodeMap.Build(directory, graph, previous: null);
        var sql = new SqlTrustSearch(_db);
        var random = new Random(seed * 31);
        var counts = new int[5];
        foreach (var source in ids.OrderBy(_ => random.Next()).Take(25))
        {
            if (!graph.TryGetNode(source, out var node))
                continue;
            var expected = await sql.DistancesAsync(source, now, default);
            using var reach = new SnapshotReach(graph, map, node, now.UtcTicks);
            for (var slot = 0; slot < directory.People.Length; slot++)
            {
                if (directory.People.At(slot) is not { } person || person.Id == source)
                    continue;
                var d = expected.TryGetValue(person.Id, out var found) && found > 0 ? found : LookupRanking.Unreachable;
                Assert.Equal(d <= 2 ? d : LookupRanking.MaxTrustDistance, reach.KnownDistance(slot));
                Assert.Equal(d, reach.Distance(slot));
                counts[d == LookupRanking.Unreachable ? 4 : d]++;
            }
        }
        // Every kind of answer was compared: one, two and three steps, and unreachable.
        Assert.All(new[] { counts[1], counts[2], counts[3], counts[4] }, n =>
            Assert.True(n > 0, string.Join(",", counts))
        );
    }

    private async Task<List<Guid>> ArrangeRandomNetworkAsync(Random random, int people, int edges, DateTimeOffset now)
    {
        var codes = new[] { ("GM8801", 6), ("GM8802", 12), ("GM8803", 24) };
        foreach (var (code, months) in codes)
            _db.Municipalities.Add(
                new Municipality
                {
                    Code = code,
                    Name = code,
                    TrustValidityMonths = months,
                }
            );
        var ids = new List<Guid>();
        for (var i = 0; i < people; i++)
        {
            var p = new Professional
            {
                GivenName = "P",
                FamilyName = $"{i}",
                ProfessionId = "teacher",
                LastVerifiedOn = new DateOnly(2026, 1, 1),
            };
            _db.Professionals.Add(p);
            ids.Add(p.Id);
        }
        var statuses = new[]
        {
            TrustStatus.Confirmed,
            TrustStatus.Confirmed,
            TrustStatus.Confirmed,
            TrustStatus.Confirmed,
            TrustStatus.Proposed,
            TrustStatus.Revoked,
            TrustStatus.Expired,
        };
        for (var e = 0; e < edges; e++)
        {
            // Mostly near neighbours (so paths exist), sometimes anywhere; now and then a self edge or a repeat.
            var a = random.Next(people);
            var b = random.Next(10) < 8 ? (a + 1 + random.Next(6)) % people : random.Next(people);
            var confirmed = now.AddSeconds(-random.Next(0, 800 * 24 * 3600)).AddMonths(-random.Next(0, 2));
            var (code, months) = codes[random.Next(codes.Length)];
            var t = new TrustRelationship
            {
                ProposerId = ids[a],
                RecipientId = ids[b],
                MunicipalityCode = code,
                ProposedAt = confirmed.AddDays(-3),
            };
            t.MarkConfirmed(confirmed, months);
            if (random.Next(20) == 0)
                t.ExpiresAt = null; // confirmed without an expiry: never ages out
            t.Status = statuses[random.Next(statuses.Length)];
            _db.TrustRelationships.Add(t);
        }
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
        return ids;
    }
}
