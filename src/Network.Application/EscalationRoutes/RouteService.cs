using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.EscalationRoutes;
using Network.Domain.Municipalities;

namespace Network.Application.EscalationRoutes;

/// <summary>
/// Escalation routes (aanspreekpunten): one ladder per municipality and concern type. Readers of a municipality see its
/// routes; its coordinators (and admins) create them and replace their steps. Routes are never deleted.
/// </summary>
public sealed class RouteService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    CatalogueChecks catalogues,
    RouteSteps steps,
    TimeProvider clock
)
{
    public async Task<Page<RouteDto>> ListAsync(RouteFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();

        var query = Visible(db.Routes.AsNoTracking());
        if (filter.Municipality is { } m)
            query = query.Where(r => r.MunicipalityCode == m);
        if (filter.ConcernType is { } c)
            query = query.Where(r => r.ConcernTypeId == c);
        var result = await query
            .Include(r => r.Steps)
            .OrderBy(r => r.MunicipalityCode)
            .ThenBy(r => r.ConcernTypeId)
            .ToPageAsync(page, ct);
        return new Page<RouteDto>(
            await steps.ToDtosAsync(result.Items.ToList(), ct),
            result.TotalCount,
            result.NextCursor,
            result.Offset
        );
    }

    public async Task<RouteDto> GetAsync(Guid id, CancellationToken ct) =>
        await ToDtoAsync(await LoadVisibleAsync(id, tracking: false, ct), ct);

    /// <summary>Batch read for GraphQL node(id:): the visible routes among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, RouteDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        var routes = await Visible(db.Routes.AsNoTracking())
            .Include(r => r.Steps)
            .Where(r => ids.Contains(r.Id))
            .ToListAsync(ct);
        return (await steps.ToDtosAsync(routes, ct)).ToDictionary(r => r.Id);
    }

    public async Task<RouteDto> CreateAsync(RouteCreateInput input, CancellationToken ct)
    {
        access.EnsureCanCreate("create routes");
        var v = new Validator()
            .Require("municipality", input.Municipality, Municipality.CodeLength)
            .Require("concernType", input.ConcernType, CatalogueRules.MaxIdLength);
        await catalogues.CheckMunicipalitiesAsync(
            v,
            "municipality",
            input.Municipality is null ? null : [input.Municipality],
            ct
        );
        // Steps are checked against the municipality only if it is a known one (see Validator.Passed).
        var municipality = v.Passed("municipality") ? input.Municipality : null;
        await catalogues.CheckConcernTypeAsync(v, "concernType", input.ConcernType, ct);
        if (input.Municipality is { } code && !access.CanMaintain(code))
            v.Add("municipality", "you can only create routes in municipalities you coordinate");
        await steps.ValidateAsync(v, input.Steps, municipality, ct);
        v.ThrowIfInvalid();

        if (
            await db.Routes.AnyAsync(
                r => r.MunicipalityCode == input.Municipality && r.ConcernTypeId == input.ConcernType,
                ct
            )
        )
            throw Duplicate(input.Municipality!, input.ConcernType!);

        var route = new Route
        {
            MunicipalityCode = input.Municipality!,
            ConcernTypeId = input.ConcernType!,
            UpdatedAt = clock.GetUtcNow(),
        };
        route.Steps = RouteSteps.Build(route.Id, input.Steps!);
        db.Routes.Add(route);
        audit.Changed("route.create", "route", route.Id, route.MunicipalityCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone created the same route between our check and our insert: the unique index refused it.
            throw Duplicate(route.MunicipalityCode, route.ConcernTypeId);
        }
        return await ToDtoAsync(route, ct);
    }

    public async Task<RouteDto> UpdateAsync(Guid id, RouteUpdateInput input, int? ifMatchVersion, CancellationToken ct)
    {
        var route = await LoadVisibleAsync(id, tracking: true, ct);
        access.EnsureCanMaintainAny([route.MunicipalityCode]);
        if (ifMatchVersion is null)
            throw new PreconditionRequiredException();
        if (ifMatchVersion != route.Version)
            throw new PreconditionFailedException();

        var v = new Validator();
        await steps.ValidateAsync(v, input.Steps, route.MunicipalityCode, ct);
        v.ThrowIfInvalid();

        route.Steps.Clear();
        route.Steps.AddRange(RouteSteps.Build(route.Id, input.Steps!));
        route.Version++;
        route.UpdatedAt = clock.GetUtcNow();
        audit.Changed("route.update", "route", route.Id, route.MunicipalityCode);
        await db.SaveOrPreconditionFailedAsync(ct);
        return await ToDtoAsync(route, ct);
    }

    private IQueryable<Route> Visible(IQueryable<Route> query) => access.VisibleRoutes(query);

    private async Task<Route> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct) =>
        await Visible(tracking ? db.Routes : db.Routes.AsNoTracking())
            .Include(r => r.Steps)
            .FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException("route");

    private async Task<RouteDto> ToDtoAsync(Route route, CancellationToken ct) =>
        (await steps.ToDtosAsync([route], ct))[0];

    private static ConflictException Duplicate(string municipality, string concernType) =>
        new($"Municipality {municipality} already has a route for '{concernType}'; replace its steps instead.");
}
