using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Organisations;

namespace Network.Application.Organisations;

/// <summary>Use cases for organisations. Visibility and write rules come from <see cref="AccessPolicy"/>.</summary>
public sealed class OrganisationService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    CatalogueChecks catalogues,
    TimeProvider clock
)
{
    /// <summary>The caps of an organisation's details: <see cref="OrganisationInput"/> declares them, validation checks them.</summary>
    public const int MaxNameLength = 200,
        MaxKindLength = 60,
        MaxDomains = 10,
        MaxMunicipalities = 50,
        MaxContactPoints = 10,
        MaxContactValueLength = 320,
        MaxContactLabelLength = 100;

    public async Task<Page<OrganisationDto>> ListAsync(
        OrganisationFilter filter,
        PageRequest page,
        CancellationToken ct
    )
    {
        var v = new Validator();
        page.Validate(v);
        v.Text("name", filter.Name, MaxNameLength);
        v.ThrowIfInvalid();

        var query = access.VisibleOrganisations(db.Organisations.AsNoTracking());
        if (!filter.IncludeInactive)
            query = query.Where(o => o.IsActive);
        if (filter.Municipality is { } m)
            query = query.Where(o => o.Municipalities.Any(x => x.MunicipalityCode == m));
        if (filter.Domain is { } d)
            query = query.Where(o => o.Domains.Any(x => x.DomainId == d));
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var like = SqlLike.Contains(filter.Name);
            query = db.IsPostgres() // see SqlLike: the same ASCII-only case folding on both stores
                ? query.Where(o => EF.Functions.ILike(o.Name, like, "\\"))
                : query.Where(o => EF.Functions.Like(o.Name, like, "\\"));
        }

        var result = await query
            .Include(o => o.Domains)
            .Include(o => o.Municipalities)
            .Include(o => o.ContactPoints)
            .AsSplitQuery()
            .OrderBy(o => o.Name)
            .ThenBy(o => o.Id)
            .ToPageAsync(page, ct);
        return result.Map(ToDto);
    }

    public async Task<OrganisationDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await LoadVisibleAsync(id, tracking: false, ct));

    /// <summary>Batch read for nested GraphQL fields: visible organisations among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, OrganisationDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        var list = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => ids.Contains(o.Id))
            .Include(o => o.Domains)
            .Include(o => o.Municipalities)
            .Include(o => o.ContactPoints)
            .AsSplitQuery()
            .ToListAsync(ct);
        return list.ToDictionary(o => o.Id, ToDto);
    }

    public async Task<OrganisationDto> CreateAsync(OrganisationInput input, CancellationToken ct)
    {
        var municipalities = input.Municipalities ?? [];
        var v = await ValidateAsync(input, ct);
        if (!access.CanCreateIn(municipalities))
            v.Add("municipalities", "you can only create organisations in municipalities you coordinate");
        access.EnsureCanCreate("create organisations");
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var org = new Organisation
        {
            Name = input.Name!.Trim(),
            Kind = input.Kind!.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(org, input);
        db.Organisations.Add(org);
        audit.Changed(
            "organisation.create",
            "organisation",
            org.Id,
            municipalities.Count > 0 ? municipalities[0] : null
        );
        await db.SaveChangesAsync(ct);
        return ToDto(org);
    }

    public Task<OrganisationDto> UpdateAsync(
        Guid id,
        OrganisationInput input,
        int? ifMatchVersion,
        CancellationToken ct
    ) => EditAsync(id, _ => input, ifMatchVersion, ct);

    /// <summary>Changes an organisation by <paramref name="edit"/>, given it as it is (a merge patch, or a PUT).</summary>
    public async Task<OrganisationDto> EditAsync(
        Guid id,
        Func<OrganisationInput, OrganisationInput> edit,
        int? ifMatchVersion,
        CancellationToken ct
    )
    {
        var org = await LoadVisibleAsync(id, tracking: true, ct);
        access.EnsureCanMaintainAny(org.Municipalities.Select(m => m.MunicipalityCode));
        if (ifMatchVersion is null)
            throw new PreconditionRequiredException();
        if (ifMatchVersion != org.Version)
            throw new PreconditionFailedException();

        var current = ToDto(org);
        var input = edit(
            new OrganisationInput(
                current.Name,
                current.Kind,
                current.Domains,
                current.Municipalities,
                current.ContactPoints
            )
        );
        var v = await ValidateAsync(input, ct);
        if (
            access.MunicipalityChangeProblem(
                org.Municipalities.Select(m => m.MunicipalityCode).ToList(),
                input.Municipalities ?? []
            ) is
            { } problem
        )
            v.Add("municipalities", problem);
        v.ThrowIfInvalid();

        org.Name = input.Name!.Trim();
        org.Kind = input.Kind!.Trim();
        Apply(org, input);
        Touch(org);
        audit.Changed(
            "organisation.update",
            "organisation",
            org.Id,
            org.Municipalities.FirstOrDefault()?.MunicipalityCode
        );
        await SaveAsync(ct);
        return ToDto(org);
    }

    public async Task<OrganisationDto> SetActiveAsync(Guid id, bool active, int? ifMatchVersion, CancellationToken ct)
    {
        var org = await LoadVisibleAsync(id, tracking: true, ct);
        access.EnsureCanMaintainAny(org.Municipalities.Select(m => m.MunicipalityCode));
        if (ifMatchVersion is not null && ifMatchVersion != org.Version)
            throw new PreconditionFailedException();
        if (org.IsActive == active)
            return ToDto(org);
        org.IsActive = active;
        Touch(org);
        audit.Changed(
            active ? "organisation.reactivate" : "organisation.deactivate",
            "organisation",
            org.Id,
            org.Municipalities.FirstOrDefault()?.MunicipalityCode
        );
        await SaveAsync(ct);
        return ToDto(org);
    }

    private async Task<Organisation> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct)
    {
        var query = access.VisibleOrganisations(tracking ? db.Organisations : db.Organisations.AsNoTracking());
        return await query
            .Include(o => o.Domains)
            .Include(o => o.Municipalities)
            .Include(o => o.ContactPoints)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new NotFoundException("organisation");
    }

    private async Task<Validator> ValidateAsync(OrganisationInput input, CancellationToken ct)
    {
        var v = new Validator()
            .Require("name", input.Name, MaxNameLength)
            .Require("kind", input.Kind, MaxKindLength)
            .List("domains", input.Domains, MaxDomains, required: true)
            .List("municipalities", input.Municipalities, MaxMunicipalities, required: true)
            .List("contactPoints", input.ContactPoints, MaxContactPoints);
        await catalogues.CheckDomainsAsync(v, "domains", input.Domains, ct);
        await catalogues.CheckMunicipalitiesAsync(v, "municipalities", input.Municipalities, ct);
        for (var i = 0; i < (input.ContactPoints?.Count ?? 0); i++)
        {
            var cp = input.ContactPoints![i];
            if (cp is null)
            {
                v.Add($"contactPoints[{i}]", "must not be null");
                continue;
            }
            v.Require($"contactPoints[{i}].value", cp.Value, MaxContactValueLength)
                .Text($"contactPoints[{i}].label", cp.Label, MaxContactLabelLength);
            v.When(!Enum.IsDefined(cp.Channel), $"contactPoints[{i}].channel", "is not a known channel");
        }
        return v;
    }

    private static void Apply(Organisation org, OrganisationInput input)
    {
        org.Domains.SyncTo(
            input.Domains!,
            d => d.DomainId,
            d => new OrganisationDomain { OrganisationId = org.Id, DomainId = d }
        );
        org.Municipalities.SyncTo(
            input.Municipalities!,
            m => m.MunicipalityCode,
            m => new OrganisationMunicipality { OrganisationId = org.Id, MunicipalityCode = m }
        );
        org.ContactPoints = (input.ContactPoints ?? [])
            .Select(c => new OrganisationContactPoint
            {
                OrganisationId = org.Id,
                Channel = c.Channel,
                Value = c.Value.Trim(),
                Label = c.Label?.Trim(),
            })
            .ToList();
    }

    private void Touch(Organisation org)
    {
        org.Version++;
        org.UpdatedAt = clock.GetUtcNow();
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveOrPreconditionFailedAsync(ct);
    }

    internal static OrganisationDto ToDto(Organisation o) =>
        new(
            o.Id,
            o.Name,
            o.Kind,
            o.IsActive,
            o.Domains.Select(d => d.DomainId).Order().ToList(),
            o.Municipalities.Select(m => m.MunicipalityCode).Order().ToList(),
            // In a fixed order, as a professional's are: the rows come back in whatever order the store finds them
            // (SQLite's happens to be insertion order, PostgreSQL's not), and every door must show the same.
            o.ContactPoints.OrderBy(c => c.Channel)
                .ThenBy(c => c.Id)
                .Select(c => new OrganisationContactPointDto(c.Channel, c.Value, c.Label))
                .ToList(),
            o.Version,
            o.UpdatedAt
        );
}
