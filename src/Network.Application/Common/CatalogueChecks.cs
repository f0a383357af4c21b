using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;

namespace Network.Application.Common;

/// <summary>Checks that referenced catalogue entries exist, adding one field error per unknown value.</summary>
public sealed class CatalogueChecks(NetworkDbContext db)
{
    public Task CheckDomainsAsync(Validator v, string field, IReadOnlyCollection<string>? ids, CancellationToken ct) =>
        CheckAsync(v, field, ids, db.Domains.Select(d => d.Id), "domain", ct);

    public Task CheckMunicipalitiesAsync(
        Validator v,
        string field,
        IReadOnlyCollection<string>? codes,
        CancellationToken ct
    ) => CheckAsync(v, field, codes, db.Municipalities.Select(m => m.Code), "municipality", ct);

    public Task CheckProfessionAsync(Validator v, string field, string? id, CancellationToken ct) =>
        CheckAsync(v, field, id is null ? null : [id], db.Professions.Select(p => p.Id), "profession", ct);

    public Task CheckConcernTypeAsync(Validator v, string field, string? id, CancellationToken ct) =>
        CheckAsync(v, field, id is null ? null : [id], db.ConcernTypes.Select(c => c.Id), "concern type", ct);

    private static async Task CheckAsync(
        Validator v,
        string field,
        IReadOnlyCollection<string>? ids,
        IQueryable<string> known,
        string what,
        CancellationToken ct
    )
    {
        if (ids is null || ids.Count == 0)
            return;
        var wanted = ids.Where(i => i is not null).Distinct().ToList();
        // An id with control characters is no catalogue entry, and is not sent to the store: PostgreSQL refuses a
        // NUL in any text, a parameter too (SQLite would just find nothing), so it is reported unknown on both.
        var askable = wanted.Where(i => !i.Any(char.IsControl)).ToList();
        var found = await known.Where(k => askable.Contains(k)).ToListAsync(ct);
        foreach (var missing in wanted.Except(found))
            v.Add(field, $"unknown {what} '{Truncate(missing)}'");
        if (ids.Any(i => i is null))
            v.Add(field, "must not contain null");
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
