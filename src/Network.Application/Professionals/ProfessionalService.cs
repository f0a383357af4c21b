using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>Coordinator-facing use cases for professionals; self-service lives in <c>Me/MeService</c>.</summary>
public sealed class ProfessionalService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    ProfessionalView view,
    ProfessionalInputRules rules,
    TimeProvider clock
)
{
    public async Task<Page<ProfessionalDto>> ListAsync(
        ProfessionalFilter filter,
        PageRequest page,
        CancellationToken ct
    )
    {
        var v = new Validator();
        page.Validate(v);
        v.Text("name", filter.Name, 200).Text("expertise", filter.Expertise, 60);
        v.ThrowIfInvalid();

        var query = access.VisibleProfessionals(db.Professionals.AsNoTracking());
        if (filter.OnlyInactive)
            query = query.Where(p => !p.IsActive);
        else if (!filter.IncludeInactive)
            query = query.Where(p => p.IsActive);
        if (filter.Listing is { } listing)
            query = query.Where(p => p.ListingStatus == listing);
        if (filter.Municipality is { } m)
            query = query.Where(p => p.Municipalities.Any(x => x.MunicipalityCode == m));
        if (filter.Domain is { } d)
            query = query.Where(p => p.Domains.Any(x => x.DomainId == d));
        if (filter.Organisation is { } o)
            query = query.Where(p => p.Memberships.Any(x => x.OrganisationId == o));
        if (filter.Profession is { } pr)
            query = query.Where(p => p.ProfessionId == pr);
        if (filter.Expertise is { } e)
            query = query.Where(p => p.ExpertiseTags.Contains(e));
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var like = SqlLike.Contains(filter.Name);
            query = db.IsPostgres() // see SqlLike: the same ASCII-only case folding on both stores
                ? query.Where(p => EF.Functions.ILike(p.GivenName + " " + p.FamilyName, like, "\\"))
                : query.Where(p => EF.Functions.Like(p.GivenName + " " + p.FamilyName, like, "\\"));
        }

        var ordered = ProfessionalView
            .WithDetails(query)
            .OrderBy(p => p.FamilyName)
            .ThenBy(p => p.GivenName)
            .ThenBy(p => p.Id);
        var result = await ordered.ToPageAsync(page, ct);
        var dtos = await view.ToDtosAsync(result.Items, ct);
        return new Page<ProfessionalDto>(dtos, result.TotalCount, result.NextCursor, result.Offset);
    }

    public Task<Page<ProfessionalDto>> SearchAsync(ProfessionalSearch s, CancellationToken ct) =>
        ListAsync(
            new ProfessionalFilter(
                s.Municipality,
                s.Domain,
                s.Organisation,
                s.Profession,
                s.Expertise,
                s.Name,
                s.IncludeInactive
            ),
            new PageRequest(s.After, s.PageSize),
            ct
        );

    public async Task<ProfessionalDto> GetAsync(Guid id, CancellationToken ct) =>
        await view.ToDtoAsync(await LoadVisibleAsync(id, false, ct), ct);

    /// <summary>Batch read for nested GraphQL fields: the visible professionals among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProfessionalDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        var list = await ProfessionalView
            .WithDetails(access.VisibleProfessionals(db.Professionals.AsNoTracking()).Where(p => ids.Contains(p.Id)))
            .ToListAsync(ct);
        return (await view.ToDtosAsync(list, ct)).ToDictionary(p => p.Id);
    }

    /// <summary>Visible members of an organisation (current memberships), for nested fields.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ProfessionalDto>>> MembersOfAsync(
        IReadOnlyCollection<Guid> organisationIds,
        CancellationToken ct
    )
    {
        var list = await ProfessionalView
            .WithDetails(
                access
                    .VisibleProfessionals(db.Professionals.AsNoTracking())
                    .Where(p => p.IsActive && p.Memberships.Any(m => organisationIds.Contains(m.OrganisationId)))
            )
            .OrderBy(p => p.FamilyName)
            .ThenBy(p => p.GivenName)
            .ToListAsync(ct);
        var dtos = await view.ToDtosAsync(list, ct);
        return organisationIds.ToDictionary(
            id => id,
            id =>
                (IReadOnlyList<ProfessionalDto>)dtos.Where(p => p.Memberships.Any(m => m.OrganisationId == id)).ToList()
        );
    }

    public async Task<VisibilityExplanation> ExplainVisibilityAsync(Guid id, CancellationToken ct) =>
        await view.ExplainAsync(await LoadVisibleAsync(id, false, ct), ct);

    public async Task<ProfessionalDto> CreateAsync(ProfessionalInput input, CancellationToken ct)
    {
        access.EnsureCanCreate("create professionals; professionals edit their own entry at /api/v1/me");
        var v = await rules.ValidateAsync(input, ct);
        if (!access.CanCreateIn(input.Municipalities ?? []))
            v.Add("municipalities", "you can only add professionals to municipalities you coordinate");
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var professional = new Professional
        {
            GivenName = input.GivenName!.Trim(),
            FamilyName = input.FamilyName!.Trim(),
            ProfessionId = input.ProfessionId!,
            // Consent first: nobody is listed before they accept it themselves (POST /api/v1/me/listing).
            ListingStatus = ListingStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ProfessionalInputRules.Apply(
            professional,
            input,
            DateOnly.FromDateTime(now.UtcDateTime),
            SeenParts.All(professional)
        );
        db.Professionals.Add(professional);
        audit.Changed(
            "professional.create",
            "professional",
            professional.Id,
            input.Municipalities![0],
            professional.Id
        );
        await db.SaveChangesAsync(ct);
        return await view.ToDtoAsync(professional, ct);
    }

    public Task<ProfessionalDto> UpdateAsync(
        Guid id,
        ProfessionalInput input,
        int? ifMatchVersion,
        CancellationToken ct
    ) => EditAsync(id, _ => input, ifMatchVersion, ct);

    /// <summary>
    /// Changes an entry by <paramref name="edit"/>, given the entry as its editor is shown it (a merge patch, or a
    /// PUT's whole new input), with the same checks as any update.
    /// </summary>
    public async Task<ProfessionalDto> EditAsync(
        Guid id,
        Func<ProfessionalInput, ProfessionalInput> edit,
        int? ifMatchVersion,
        CancellationToken ct
    )
    {
        var professional = await LoadVisibleAsync(id, true, ct);
        var before = professional.Municipalities.Select(m => m.MunicipalityCode).ToList();
        access.EnsureCanMaintainAny(before);
        if (ifMatchVersion is null)
            throw new PreconditionRequiredException();
        if (ifMatchVersion != professional.Version)
            throw new PreconditionFailedException();

        var seen = await view.SeenPartsAsync(professional, ct);
        var input = edit(ProfessionalInputRules.AsInput(professional, seen));
        var v = await rules.ValidateAsync(input, ct);
        if (access.MunicipalityChangeProblem(before, input.Municipalities ?? []) is { } problem)
            v.Add("municipalities", problem);
        ProfessionalInputRules.CheckAgainst(v, seen, input.ContactPoints);
        v.ThrowIfInvalid();

        professional.GivenName = input.GivenName!.Trim();
        professional.FamilyName = input.FamilyName!.Trim();
        professional.ProfessionId = input.ProfessionId!;
        ProfessionalInputRules.Apply(professional, input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), seen);
        Touch(professional);
        audit.Changed("professional.update", "professional", professional.Id, before.FirstOrDefault(), professional.Id);
        await db.SaveOrPreconditionFailedAsync(ct);
        return await view.ToDtoAsync(professional, ct);
    }

    public async Task<ProfessionalDto> SetActiveAsync(Guid id, bool active, int? ifMatchVersion, CancellationToken ct)
    {
        var professional = await LoadVisibleAsync(id, true, ct);
        access.EnsureCanMaintainAny(professional.Municipalities.Select(m => m.MunicipalityCode));
        if (ifMatchVersion is not null && ifMatchVersion != professional.Version)
            throw new PreconditionFailedException();
        if (professional.IsActive != active)
        {
            professional.IsActive = active;
            Touch(professional);
            audit.Changed(
                active ? "professional.reactivate" : "professional.deactivate",
                "professional",
                professional.Id,
                professional.Municipalities.FirstOrDefault()?.MunicipalityCode,
                professional.Id
            );
            await db.SaveOrPreconditionFailedAsync(ct);
        }
        return await view.ToDtoAsync(professional, ct);
    }

    internal async Task<Professional> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct)
    {
        var query = access.VisibleProfessionals(tracking ? db.Professionals : db.Professionals.AsNoTracking());
        return await ProfessionalView.WithDetails(query).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("professional");
    }

    private void Touch(Professional p)
    {
        p.Version++;
        p.UpdatedAt = clock.GetUtcNow();
    }
}
