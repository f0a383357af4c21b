using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Trust;
using Network.Domain.Municipalities;

namespace Network.Application.Catalogues;

/// <summary>
/// Municipalities are tenants: a viewer lists only those they belong to (admins all). Admins create them;
/// coordinators maintain their own municipality's settings.
/// </summary>
public sealed class MunicipalityService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    TrustChangeNotifier trustChanges
)
{
    public const int MinTrustValidityMonths = 1,
        MaxTrustValidityMonths = 120;

    public async Task<Page<MunicipalityDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        return await Visible(db.Municipalities.AsNoTracking())
            .OrderBy(m => m.Code)
            .Select(m => new MunicipalityDto(m.Code, m.Name, m.TrustValidityMonths))
            .ToPageAsync(page, ct);
    }

    public async Task<MunicipalityDto> GetAsync(string code, CancellationToken ct) =>
        ToDto(await LoadVisibleAsync(code, tracking: false, ct));

    public async Task<MunicipalityDto> CreateAsync(MunicipalityCreateInput input, CancellationToken ct)
    {
        access.EnsureCanEditCatalogues();
        var v = new Validator().When(
            !Municipality.IsValidCode(input.Code),
            "code",
            "must be a CBS code: 'GM' and four digits, e.g. GM0363"
        );
        Validate(v, input.Name, input.TrustValidityMonths, required: false);
        v.ThrowIfInvalid();
        if (await db.Municipalities.AnyAsync(m => m.Code == input.Code, ct))
            throw new ConflictException($"A municipality with code {input.Code} already exists.");

        var municipality = new Municipality
        {
            Code = input.Code!,
            Name = input.Name!.Trim(),
            TrustValidityMonths = input.TrustValidityMonths ?? 24,
        };
        db.Municipalities.Add(municipality);
        audit.Changed("municipality.create", "municipality", municipality.Code, municipality.Code);
        await db.SaveChangesAsync(ct);
        return ToDto(municipality);
    }

    public async Task<MunicipalityDto> UpdateAsync(
        string code,
        MunicipalityUpdateInput input,
        string? ifMatch,
        CancellationToken ct
    )
    {
        var municipality = await LoadVisibleAsync(code, tracking: true, ct);
        if (!access.CanMaintain(municipality.Code))
            throw new ForbiddenException(
                "Only this municipality's coordinators and administrators change its settings."
            );
        CatalogueRules.EnsureMatches(CatalogueRules.VersionOf(ToDto(municipality)), ifMatch);
        var v = new Validator();
        Validate(v, input.Name, input.TrustValidityMonths, required: true);
        v.ThrowIfInvalid();

        municipality.Name = input.Name!.Trim();
        var reexpired = municipality.TrustValidityMonths != input.TrustValidityMonths;
        if (reexpired)
        {
            municipality.TrustValidityMonths = input.TrustValidityMonths!.Value;
            await ReexpireTrustAsync(municipality, ct);
        }
        audit.Changed("municipality.update", "municipality", municipality.Code, municipality.Code);
        // Stale too when a trust relationship whose expiry moved changed meanwhile: nothing is saved then.
        await db.SaveOrPreconditionFailedAsync(ct);
        if (reexpired)
            trustChanges.Notify();
        return ToDto(municipality);
    }

    /// <summary>
    /// Trust stores its expiry (so lists filter on it in SQL); a new validity period moves the expiry of
    /// this municipality's confirmed trust in the same save, measured from each last confirmation.
    /// </summary>
    private async Task ReexpireTrustAsync(Municipality municipality, CancellationToken ct)
    {
        var confirmed = await db
            .TrustRelationships.Where(t => t.MunicipalityCode == municipality.Code && t.LastConfirmedAt != null)
            .ToListAsync(ct);
        foreach (var t in confirmed)
        {
            t.ExpiresAt = t.LastConfirmedAt!.Value.AddMonths(municipality.TrustValidityMonths);
            t.Version++; // what a client read of this relationship changed, so its ETag must too
        }
    }

    private static void Validate(Validator v, string? name, int? months, bool required)
    {
        v.Require("name", name, CatalogueRules.MaxNameLength);
        if (months is null)
            v.When(required, "trustValidityMonths", "is required");
        else
            v.When(
                months is < MinTrustValidityMonths or > MaxTrustValidityMonths,
                "trustValidityMonths",
                $"must be between {MinTrustValidityMonths} and {MaxTrustValidityMonths}"
            );
    }

    // The catalogue read check (EnsureCanRead) comes first in every caller, so this is the same set as before.
    private IQueryable<Municipality> Visible(IQueryable<Municipality> query) => access.VisibleMunicipalities(query);

    private async Task<Municipality> LoadVisibleAsync(string code, bool tracking, CancellationToken ct)
    {
        CatalogueRules.EnsureCanRead(access);
        var query = Visible(tracking ? db.Municipalities : db.Municipalities.AsNoTracking());
        return await query.FirstOrDefaultAsync(m => m.Code == code, ct) ?? throw new NotFoundException("municipality");
    }

    private static MunicipalityDto ToDto(Municipality m) => new(m.Code, m.Name, m.TrustValidityMonths);
}
