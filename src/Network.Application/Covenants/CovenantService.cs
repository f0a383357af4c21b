using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Covenants;

namespace Network.Application.Covenants;

/// <summary>
/// Covenants are visible to readers of any of their municipalities. Because one covenant binds several
/// municipalities, only someone who coordinates all of them (or an admin) creates or changes it.
/// </summary>
public sealed class CovenantService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    CatalogueChecks catalogues,
    TimeProvider clock
)
{
    /// <summary>The caps of a covenant's details: <see cref="CovenantInput"/> declares them, validation checks them.</summary>
    public const int MaxSignatories = 50,
        MaxMunicipalities = 50,
        MaxTitleLength = 200,
        MaxPurposeLength = 1000;

    public async Task<Page<CovenantDto>> ListAsync(CovenantFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();

        var query = Visible(db.Covenants.AsNoTracking());
        if (filter.Municipality is { } m)
            query = query.Where(c => c.Municipalities.Any(x => x.MunicipalityCode == m));
        // Filtering by an organisation the viewer cannot see finds nothing, so the filter is no way to learn what it signed.
        if (filter.Organisation is { } o)
        {
            var visible = access.VisibleOrganisations(db.Organisations).Where(x => x.Id == o).Select(x => x.Id);
            query = query.Where(c => c.Signatories.Any(s => visible.Contains(s.OrganisationId)));
        }
        var result = await query
            .Include(c => c.Signatories)
            .Include(c => c.Municipalities)
            .AsSplitQuery()
            .OrderBy(c => c.Title)
            .ThenBy(c => c.Id)
            .ToPageAsync(page, ct);
        return new Page<CovenantDto>(
            await ToDtosAsync(result.Items, ct),
            result.TotalCount,
            result.NextCursor,
            result.Offset
        );
    }

    public async Task<CovenantDto> GetAsync(Guid id, CancellationToken ct) =>
        await ToDtoAsync(await LoadVisibleAsync(id, tracking: false, ct), ct);

    /// <summary>Batch read for GraphQL node(id:): the visible covenants among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, CovenantDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        var covenants = await Visible(db.Covenants.AsNoTracking())
            .Include(c => c.Signatories)
            .Include(c => c.Municipalities)
            .AsSplitQuery()
            .Where(c => ids.Contains(c.Id))
            .ToListAsync(ct);
        return (await ToDtosAsync(covenants, ct)).ToDictionary(c => c.Id);
    }

    public async Task<CovenantDto> CreateAsync(CovenantInput input, CancellationToken ct)
    {
        access.EnsureCanCreate("record covenants");
        var v = await ValidateAsync(input, ct);
        v.ThrowIfInvalid();

        var covenant = new Covenant { Title = input.Title!.Trim(), Purpose = input.Purpose!.Trim() };
        Apply(covenant, input);
        db.Covenants.Add(covenant);
        audit.Changed("covenant.create", "covenant", covenant.Id, covenant.Municipalities[0].MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(covenant, ct);
    }

    public async Task<CovenantDto> UpdateAsync(Guid id, CovenantInput input, int? ifMatchVersion, CancellationToken ct)
    {
        var covenant = await LoadVisibleAsync(id, tracking: true, ct);
        if (!access.CanMaintainAll(covenant.Municipalities.Select(m => m.MunicipalityCode)))
            throw new ForbiddenException(
                "Only someone who coordinates every municipality of this covenant, or an administrator, changes it."
            );
        if (ifMatchVersion is null)
            throw new PreconditionRequiredException();
        if (ifMatchVersion != covenant.Version)
            throw new PreconditionFailedException();
        var v = await ValidateAsync(input, ct);
        v.ThrowIfInvalid();

        covenant.Title = input.Title!.Trim();
        covenant.Purpose = input.Purpose!.Trim();
        // Signatories the editor cannot see were not listed to them, so they could not send them back: they stay.
        var ids = covenant.Signatories.Select(s => s.OrganisationId).ToList();
        var seen = await access
            .VisibleOrganisations(db.Organisations)
            .Where(o => ids.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync(ct);
        Apply(covenant, input with { Signatories = [.. input.Signatories!.Union(ids.Except(seen))] });
        covenant.Version++;
        audit.Changed("covenant.update", "covenant", covenant.Id, covenant.Municipalities[0].MunicipalityCode);
        await db.SaveOrPreconditionFailedAsync(ct);
        return await ToDtoAsync(covenant, ct);
    }

    private async Task<Validator> ValidateAsync(CovenantInput input, CancellationToken ct)
    {
        var v = new Validator()
            .Require("title", input.Title, MaxTitleLength, freeText: true)
            .Require("purpose", input.Purpose, MaxPurposeLength, freeText: true)
            .List("signatories", input.Signatories, MaxSignatories, required: true)
            .List("municipalities", input.Municipalities, MaxMunicipalities, required: true);
        if (input.ValidFrom is null)
            v.Add("validFrom", "is required");
        v.When(
            input.ValidFrom is { } from && input.ValidUntil is { } until && until < from,
            "validUntil",
            "must not be before validFrom"
        );
        v.When(input.Signatories is { Count: 1 }, "signatories", "a covenant binds at least two organisations");

        await catalogues.CheckMunicipalitiesAsync(v, "municipalities", input.Municipalities, ct);
        if (input.Municipalities is { Count: > 0 } codes && !access.CanMaintainAll(codes))
            v.Add("municipalities", "you can only record covenants for municipalities you all coordinate");

        var wanted = (input.Signatories ?? []).Distinct().ToList();
        var visible = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => wanted.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync(ct);
        foreach (var missing in wanted.Except(visible))
            v.Add("signatories", $"unknown organisation {missing}");
        return v;
    }

    private static void Apply(Covenant covenant, CovenantInput input)
    {
        covenant.ValidFrom = input.ValidFrom!.Value;
        covenant.ValidUntil = input.ValidUntil;
        covenant.Signatories.SyncTo(
            input.Signatories!,
            s => s.OrganisationId,
            o => new CovenantSignatory { CovenantId = covenant.Id, OrganisationId = o }
        );
        covenant.Municipalities.SyncTo(
            input.Municipalities!,
            m => m.MunicipalityCode,
            m => new CovenantMunicipality { CovenantId = covenant.Id, MunicipalityCode = m }
        );
    }

    private IQueryable<Covenant> Visible(IQueryable<Covenant> query) => access.VisibleCovenants(query);

    private async Task<Covenant> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct) =>
        await Visible(tracking ? db.Covenants : db.Covenants.AsNoTracking())
            .Include(c => c.Signatories)
            .Include(c => c.Municipalities)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new NotFoundException("covenant");

    private async Task<CovenantDto> ToDtoAsync(Covenant covenant, CancellationToken ct) =>
        (await ToDtosAsync([covenant], ct))[0];

    /// <summary>Lists only the signatories this viewer may see.</summary>
    private async Task<IReadOnlyList<CovenantDto>> ToDtosAsync(IReadOnlyList<Covenant> covenants, CancellationToken ct)
    {
        var ids = covenants.SelectMany(c => c.Signatories.Select(s => s.OrganisationId)).Distinct().ToList();
        var names = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return covenants
            .Select(c => new CovenantDto(
                c.Id,
                c.Title,
                c.Purpose,
                c.ValidFrom,
                c.ValidUntil,
                c.IsValidOn(today),
                c.Signatories.Where(s => names.ContainsKey(s.OrganisationId))
                    .Select(s => new CovenantSignatoryDto(s.OrganisationId, names[s.OrganisationId]))
                    .OrderBy(s => s.Name)
                    .ThenBy(s => s.OrganisationId)
                    .ToList(),
                c.Municipalities.Select(m => m.MunicipalityCode).Order().ToList(),
                c.Version
            ))
            .ToList();
    }
}
