using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Catalogues;

/// <summary>The domains catalogue (youth, safety, ...): read by every reader, edited by admins.</summary>
public sealed class DomainService(NetworkDbContext db, AccessPolicy access, AuditLog audit)
{
    public async Task<Page<DomainDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        return await db
            .Domains.AsNoTracking()
            .OrderBy(d => d.Id)
            .Select(d => new DomainDto(d.Id, d.Name, d.NameNl))
            .ToPageAsync(page, ct);
    }

    public async Task<DomainDto> GetAsync(string id, CancellationToken ct) =>
        ToDto(await LoadAsync(id, tracking: false, ct));

    public async Task<DomainDto> CreateAsync(DomainCreateInput input, CancellationToken ct)
    {
        access.EnsureCanEditCatalogues();
        var v = new Validator().Slug("id", input.Id);
        Validate(v, input.Name, input.NameNl);
        v.ThrowIfInvalid();
        if (await db.Domains.AnyAsync(d => d.Id == input.Id, ct))
            throw new ConflictException($"A domain with id '{input.Id}' already exists.");

        var domain = new DomainEntity
        {
            Id = input.Id!,
            Name = input.Name!.Trim(),
            NameNl = input.NameNl!.Trim(),
        };
        db.Domains.Add(domain);
        audit.Changed("domain.create", "domain", domain.Id, null);
        await db.SaveChangesAsync(ct);
        return ToDto(domain);
    }

    public async Task<DomainDto> UpdateAsync(string id, DomainUpdateInput input, string? ifMatch, CancellationToken ct)
    {
        var domain = await LoadAsync(id, tracking: true, ct);
        access.EnsureCanEditCatalogues();
        CatalogueRules.EnsureMatches(CatalogueRules.VersionOf(ToDto(domain)), ifMatch);
        var v = new Validator();
        Validate(v, input.Name, input.NameNl);
        v.ThrowIfInvalid();

        domain.Name = input.Name!.Trim();
        domain.NameNl = input.NameNl!.Trim();
        audit.Changed("domain.update", "domain", domain.Id, null);
        await db.SaveOrPreconditionFailedAsync(ct);
        return ToDto(domain);
    }

    private static void Validate(Validator v, string? name, string? nameNl) =>
        v.Require("name", name, CatalogueRules.MaxNameLength).Require("nameNl", nameNl, CatalogueRules.MaxNameLength);

    private async Task<DomainEntity> LoadAsync(string id, bool tracking, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var query = tracking ? db.Domains : db.Domains.AsNoTracking();
        return await query.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("domain");
    }

    private static DomainDto ToDto(DomainEntity d) => new(d.Id, d.Name, d.NameNl);
}
