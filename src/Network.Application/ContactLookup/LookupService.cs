using System.Buffers;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence;
using Network.Application.Trust.Graph;
using Network.Domain.ContactLookup;
using Network.Domain.Municipalities;

namespace Network.Application.ContactLookup;

/// <summary>
/// The contact lookup: who to contact about a concern, what may be shared with them, and why they were
/// suggested. Reads only in-memory snapshots (directory and trust graph) so it stays cheap at national
/// scale; stores nothing about the question beyond a counter, and audits restricted contact points shown
/// (through <see cref="RestrictedReadAudit"/>, committed before the answer is returned) without the concern.
/// </summary>
public sealed class LookupService(
    LookupDirectoryProvider directories,
    TrustGraphSnapshotProvider graphs,
    LookupCounterBuffer counters,
    RestrictedReadAudit audit,
    AccessPolicy access,
    NetworkDbContext db,
    TimeProvider clock
)
{
    public const int MaxContacts = 10;

    public const string Notice =
        "Information, not legal advice. Anonymous consultation (no identifying details) is always possible. "
        + "Sharing personal data needs a legal ground: consent, a covenant both organisations signed, a legal duty, "
        + "or, for professionals bound by secrecy, a conflict of duties after careful weighing.";

    public async Task<LookupAnswer> AskAsync(LookupRequest request, CancellationToken ct)
    {
        var viewer = access.Viewer;
        access.EnsureCanAskLookup();
        var directory = await directories.GetAsync(ct);
        var (concern, municipality) = Validate(request, directory, viewer);

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var askerId = access.Self;
        var askerOrganisations = askerId is { } a ? directory.OrganisationsOf.GetValueOrDefault(a) ?? [] : [];

        using var reach = await ReachAsync(directory, askerId, now, ct);
        var composer = new LookupComposer(directory, access, reach, askerId, askerOrganisations, today);

        var route = directory.Routes.TryGetValue((municipality, concern.Id), out var steps)
            ? await composer.RouteAsync(steps, request.MethodStep, ct)
            : [];

        var tags = concern.ExpertiseTags.ToArray();
        var best = Rank(directory, reach, municipality, tags, request.Domain, askerId);
        var contacts = new List<LookupContact>(best.Length);
        foreach (var c in best)
            contacts.Add(await composer.ContactAsync(contacts.Count + 1, c.Key, tags, ct));

        // Who saw which restricted contact point, under which rule: never what the lookup was about. Durable before
        // the answer is returned.
        await audit.RecordAsync(viewer, now, municipality, composer.RestrictedReads, ct);
        counters.Count(municipality, concern.Id, today);
        return new LookupAnswer(concern.Id, municipality, request.Domain, request.MethodStep, route, contacts, Notice);
    }

    private static (Domain.Catalogues.ConcernType Concern, string Municipality) Validate(
        LookupRequest request,
        LookupDirectory directory,
        Viewer viewer
    )
    {
        var v = new Validator()
            .Require("concernType", request.ConcernType, CatalogueRules.MaxIdLength)
            .Text("domain", request.Domain, CatalogueRules.MaxIdLength)
            .Text("municipality", request.Municipality, Municipality.CodeLength);
        var concern = request.ConcernType is { } c ? directory.ConcernTypes.GetValueOrDefault(c) : null;
        if (request.ConcernType is not null && concern is null)
            v.Add(
                "concernType",
                $"is not a known concern type; use one of: {string.Join(", ", directory.ConcernTypes.Keys.Order())}"
            );
        if (request.Domain is { } d && !directory.Domains.Contains(d))
            v.Add("domain", $"is not a known domain; use one of: {string.Join(", ", directory.Domains.Order())}");
        if (request.MethodStep is { } step && !Enum.IsDefined(step))
            v.Add("methodStep", "is not a known step of the method");

        var mine = viewer.Municipalities.Order().ToList();
        string? municipality = null;
        if (request.Municipality is { } m)
        {
            if (mine.Contains(m))
                municipality = m;
            else
                v.Add("municipality", $"you ask within your own municipality networks: {Describe(mine)}");
        }
        else if (mine.Count == 1)
            municipality = mine[0];
        else if (mine.Count == 0)
            v.Add("municipality", "your login belongs to no municipality network, so there is no routing to give");
        else
            v.Add("municipality", $"you belong to several municipality networks; choose one: {Describe(mine)}");
        v.ThrowIfInvalid();
        return (concern!, municipality!);

        string Describe(List<string> codes) =>
            string.Join(
                ", ",
                codes.Select(code =>
                    directory.MunicipalityNames.TryGetValue(code, out var name) ? $"{code} ({name})" : code
                )
            );
    }

    private async Task<TrustReach> ReachAsync(
        LookupDirectory directory,
        Guid? askerId,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        if (askerId is not { } asker)
            return TrustReach.None;
        var graph = await graphs.GetAsync(ct);
        if (graph is null)
            return await SqlReach.SearchAsync(db, directory, asker, now, ct);
        return graph.TryGetNode(asker, out var source)
            ? new SnapshotReach(graph, directories.MapOf(directory, graph), source, now.UtcTicks)
            : TrustReach.None;
    }

    /// <summary>Candidates with the concern's expertise in the municipality (and domain), best first.</summary>
    private static RankCandidate[] Rank(
        LookupDirectory directory,
        TrustReach reach,
        string municipality,
        string[] tags,
        string? domain,
        Guid? askerId
    )
    {
        var asker = askerId is { } a && directory.PersonIndex.TryGetValue(a, out var ai) ? ai : -1;
        // A domain beyond the 64 with a bit is checked on the person itself (slower, never the case with the seeded catalogue).
        var domainBit = domain is null ? 0UL : directory.DomainBits.GetValueOrDefault(domain);
        var slowDomain = domain is not null && domainBit == 0;
        var lists = new List<CandidateEntry[]>(tags.Length);
        var total = 0;
        foreach (var tag in tags)
            if (directory.Candidates.TryGetValue((municipality, tag), out var list))
            {
                lists.Add(list);
                total += list.Length;
            }

        var buffer = ArrayPool<RankCandidate>.Shared.Rent(Math.Max(total, 1));
        // A person with two of the concern's tags is in two lists: a rented bit per person drops the repeat.
        var seen = lists.Count > 1 ? ArrayPool<ulong>.Shared.Rent(directory.People.Length / 64 + 1) : null;
        try
        {
            if (seen is not null)
                Array.Clear(seen);
            var n = 0;
            foreach (var list in lists)
            foreach (ref readonly var c in list.AsSpan())
            {
                if (c.Person == asker || (domainBit != 0 && (c.Domains & domainBit) == 0))
                    continue;
                if (slowDomain && !directory.People[c.Person].Domains.Contains(domain))
                    continue;
                if (seen is not null)
                {
                    ref var word = ref seen[c.Person >> 6];
                    var bit = 1UL << (c.Person & 63);
                    if ((word & bit) != 0)
                        continue;
                    word |= bit;
                }
                buffer[n++] = new RankCandidate(c.Person, reach.KnownDistance(c.Person), c.LastVerifiedOn, c.Name);
            }
            var best = new RankCandidate[Math.Min(MaxContacts, n)];
            var count = LookupRanking.Top(buffer.AsSpan(0, n), best, reach.Distance);
            return best[..count];
        }
        finally
        {
            ArrayPool<RankCandidate>.Shared.Return(buffer);
            if (seen is not null)
                ArrayPool<ulong>.Shared.Return(seen);
        }
    }
}
