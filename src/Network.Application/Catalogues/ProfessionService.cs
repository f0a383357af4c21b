using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Catalogues;

namespace Network.Application.Catalogues;

/// <summary>The professions catalogue with each profession's confidentiality regime: read by every reader, edited by admins.</summary>
public sealed class ProfessionService(NetworkDbContext db, AccessPolicy access, AuditLog audit)
{
    public async Task<Page<ProfessionDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        return await db
            .Professions.AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => new ProfessionDto(p.Id, p.Name, p.NameNl, p.Regime, p.LegalSource))
            .ToPageAsync(page, ct);
    }

    public async Task<ProfessionDto> GetAsync(string id, CancellationToken ct) =>
        ToDto(await LoadAsync(id, tracking: false, ct));

    public async Task<ProfessionDto> CreateAsync(ProfessionCreateInput input, CancellationToken ct)
    {
        access.EnsureCanEditCatalogues();
        var v = new Validator().Slug("id", input.Id);
        Validate(v, input.Name, input.NameNl, input.Regime, input.LegalSource);
        v.ThrowIfInvalid();
        if (await db.Professions.AnyAsync(p => p.Id == input.Id, ct))
            throw new ConflictException($"A profession with id '{input.Id}' already exists.");

        var profession = new Profession
        {
            Id = input.Id!,
            Name = input.Name!.Trim(),
            NameNl = input.NameNl!.Trim(),
            Regime = input.Regime!.Value,
            LegalSource = input.LegalSource!.Trim(),
        };
        db.Professions.Add(profession);
        audit.Changed("profession.create", "profession", profession.Id, null);
        await db.SaveChangesAsync(ct);
        return ToDto(profession);
    }

    public async Task<ProfessionDto> UpdateAsync(
        string id,
        ProfessionUpdateInput input,
        string? ifMatch,
        CancellationToken ct
    )
    {
        var profession = await LoadAsync(id, tracking: true, ct);
        access.EnsureCanEditCatalogues();
        CatalogueRules.EnsureMatches(CatalogueRules.VersionOf(ToDto(profession)), ifMatch);
        var v = new Validator();
        Validate(v, input.Name, input.NameNl, input.Regime, input.LegalSource);
        v.ThrowIfInvalid();

        profession.Name = input.Name!.Trim();
        profession.NameNl = input.NameNl!.Trim();
        profession.Regime = input.Regime!.Value;
        profession.LegalSource = input.LegalSource!.Trim();
        audit.Changed("profession.update", "profession", profession.Id, null);
        await db.SaveOrPreconditionFailedAsync(ct);
        return ToDto(profession);
    }

    private static void Validate(
        Validator v,
        string? name,
        string? nameNl,
        ConfidentialityRegime? regime,
        string? legalSource
    )
    {
        v.Require("name", name, CatalogueRules.MaxNameLength)
            .Require("nameNl", nameNl, CatalogueRules.MaxNameLength)
            .Require("legalSource", legalSource, CatalogueRules.MaxLegalSourceLength);
        if (regime is null)
            v.Add("regime", "is required");
        else
            v.When(!Enum.IsDefined(regime.Value), "regime", "is not a known confidentiality regime");
    }

    private async Task<Profession> LoadAsync(string id, bool tracking, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var query = tracking ? db.Professions : db.Professions.AsNoTracking();
        return await query.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("profession");
    }

    private static ProfessionDto ToDto(Profession p) => new(p.Id, p.Name, p.NameNl, p.Regime, p.LegalSource);
}
