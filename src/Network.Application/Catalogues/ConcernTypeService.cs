using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Catalogues;

namespace Network.Application.Catalogues;

/// <summary>The concern types catalogue (radicalisation, domestic violence, ...): read by every reader, edited by admins.</summary>
public sealed class ConcernTypeService(NetworkDbContext db, AccessPolicy access, AuditLog audit)
{
    public const int MaxTags = 20;

    public async Task<Page<ConcernTypeDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        var result = await db.ConcernTypes.AsNoTracking().OrderBy(c => c.Id).ToPageAsync(page, ct);
        return result.Map(ToDto);
    }

    public async Task<ConcernTypeDto> GetAsync(string id, CancellationToken ct) =>
        ToDto(await LoadAsync(id, tracking: false, ct));

    public async Task<ConcernTypeDto> CreateAsync(ConcernTypeCreateInput input, CancellationToken ct)
    {
        access.EnsureCanEditCatalogues();
        var v = new Validator().Slug("id", input.Id);
        Validate(v, input.Name, input.NameNl, input.Description, input.ExpertiseTags);
        v.ThrowIfInvalid();
        if (await db.ConcernTypes.AnyAsync(c => c.Id == input.Id, ct))
            throw new ConflictException($"A concern type with id '{input.Id}' already exists.");

        var concern = new ConcernType
        {
            Id = input.Id!,
            Name = input.Name!.Trim(),
            NameNl = input.NameNl!.Trim(),
            Description = input.Description!.Trim(),
            ExpertiseTags = [.. input.ExpertiseTags!.Distinct()],
        };
        db.ConcernTypes.Add(concern);
        audit.Changed("concern-type.create", "concern-type", concern.Id, null);
        await db.SaveChangesAsync(ct);
        return ToDto(concern);
    }

    public async Task<ConcernTypeDto> UpdateAsync(
        string id,
        ConcernTypeUpdateInput input,
        string? ifMatch,
        CancellationToken ct
    )
    {
        var concern = await LoadAsync(id, tracking: true, ct);
        access.EnsureCanEditCatalogues();
        CatalogueRules.EnsureMatches(CatalogueRules.VersionOf(ToDto(concern)), ifMatch);
        var v = new Validator();
        Validate(v, input.Name, input.NameNl, input.Description, input.ExpertiseTags);
        v.ThrowIfInvalid();

        concern.Name = input.Name!.Trim();
        concern.NameNl = input.NameNl!.Trim();
        concern.Description = input.Description!.Trim();
        concern.ExpertiseTags = [.. input.ExpertiseTags!.Distinct()];
        audit.Changed("concern-type.update", "concern-type", concern.Id, null);
        await db.SaveOrPreconditionFailedAsync(ct);
        return ToDto(concern);
    }

    private static void Validate(
        Validator v,
        string? name,
        string? nameNl,
        string? description,
        IReadOnlyList<string>? tags
    )
    {
        v.Require("name", name, CatalogueRules.MaxNameLength)
            .Require("nameNl", nameNl, CatalogueRules.MaxNameLength)
            .Require("description", description, CatalogueRules.MaxDescriptionLength, freeText: true)
            .List("expertiseTags", tags, MaxTags, required: true);
        for (var i = 0; i < (tags?.Count ?? 0); i++)
            v.When(
                !CatalogueRules.IsSlug(tags![i]),
                $"expertiseTags[{i}]",
                "must be a lowercase slug such as 'online-extremism'"
            );
    }

    private async Task<ConcernType> LoadAsync(string id, bool tracking, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var query = tracking ? db.ConcernTypes : db.ConcernTypes.AsNoTracking();
        return await query.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("concern type");
    }

    private static ConcernTypeDto ToDto(ConcernType c) =>
        new(c.Id, c.Name, c.NameNl, c.Description, [.. c.ExpertiseTags]);
}
