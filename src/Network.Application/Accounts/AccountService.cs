using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Accounts;
using Network.Domain.Municipalities;

namespace Network.Application.Accounts;

/// <summary>
/// Accounts as the directory keeps them: recorded when an identity signs in, linked to an entry through an
/// invitation (or through a second account with the same verified e-mail), and holding roles granted here.
/// </summary>
public sealed class AccountService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    TimeProvider clock,
    IOptions<AccountOptions> options
)
{
    /// <summary>Called after the identity provider vouched for someone in the browser: records or refreshes the account.</summary>
    public async Task<Guid> RecordSignInAsync(ExternalIdentity identity, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await db.Accounts.FirstOrDefaultAsync(
            a => a.Issuer == identity.Issuer && a.Subject == identity.Subject,
            ct
        );
        if (account is null)
        {
            account = new Account
            {
                Issuer = identity.Issuer,
                Subject = identity.Subject,
                CreatedAt = now,
            };
            db.Accounts.Add(account);
        }
        account.LastSignInAt = now;
        account.DisplayName = Trimmed(identity.Name, 200);
        if (identity.EmailVerified && Trimmed(identity.Email, 320) is { } email)
            account.VerifiedEmail = email.ToLowerInvariant();
        await BootstrapAdministratorAsync(account, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(account).State == EntityState.Added)
        {
            // Two first sign-ins of one identity at once: the other request recorded it.
            db.Entry(account).State = EntityState.Detached;
            return await db
                .Accounts.Where(a => a.Issuer == identity.Issuer && a.Subject == identity.Subject)
                .Select(a => a.Id)
                .SingleAsync(ct);
        }
        return account.Id;
    }

    /// <summary>
    /// A new installation has no administrator to grant the first role: an identity named in
    /// <c>Accounts:BootstrapAdministrators</c> ("issuer subject") becomes administrator at sign-in, but only while the
    /// directory has no administrator at all, so the setting cannot bring back a role another administrator revoked.
    /// </summary>
    private async Task BootstrapAdministratorAsync(Account account, DateTimeOffset now, CancellationToken ct)
    {
        var named = options.Value.BootstrapAdministrators.Any(b =>
            b.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                is [var iss, var sub]
            && iss.TrimEnd('/') == account.Issuer
            && sub == account.Subject
        );
        if (!named || await db.RoleGrants.AnyAsync(r => GrantedRole.Admin == r.Role && r.RevokedAt == null, ct))
            return;
        var grant = new RoleGrant
        {
            AccountId = account.Id,
            Role = GrantedRole.Admin,
            GrantedAt = now,
            GrantedBy = "configuration",
        };
        account.Roles.Add(grant);
        audit.Changed("role.grant", "account", account.Id, null, account.ProfessionalId, "administrator (bootstrap)");
    }

    /// <summary>
    /// The entry an unlinked account may link to because another account with the same verified e-mail is linked
    /// to it (the person signs in with a second provider). Null when there is nothing to offer.
    /// </summary>
    public async Task<LinkOffer?> LinkOfferAsync(Guid accountId, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is not { ProfessionalId: null, VerifiedEmail: { } email })
            return null;
        return await db
            .Accounts.AsNoTracking()
            .Where(a => a.Id != accountId && a.VerifiedEmail == email && a.ProfessionalId != null)
            .Join(
                db.Professionals.Where(p => p.IsActive),
                a => a.ProfessionalId,
                p => p.Id,
                (a, p) => new LinkOffer(p.Id, p.GivenName + " " + p.FamilyName, a.Issuer)
            )
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Links an unlinked account to the entry <see cref="LinkOfferAsync"/> offers; anything else is refused.</summary>
    public async Task LinkToOfferedEntryAsync(Guid accountId, Guid professionalId, CancellationToken ct)
    {
        var offer = await LinkOfferAsync(accountId, ct);
        if (offer is null || offer.ProfessionalId != professionalId)
            throw new NotFoundException("entry to link");
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId, ct);
        account.ProfessionalId = professionalId;
        audit.Changed("account.link", "account", account.Id, null, professionalId, "same verified e-mail");
        await db.SaveChangesAsync(ct);
    }

    public async Task<Page<AccountDto>> ListAsync(AccountFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        var query = access.VisibleAccounts(db.Accounts.AsNoTracking());
        if (filter.Municipality is { } m)
            query = query.Where(a =>
                a.Roles.Any(r => r.RevokedAt == null && r.MunicipalityCode == m)
                || db.Professionals.Any(p =>
                    p.Id == a.ProfessionalId && p.Municipalities.Any(x => x.MunicipalityCode == m)
                )
            );
        if (filter.Unlinked is { } unlinked)
            query = query.Where(a => (a.ProfessionalId == null) == unlinked);
        var result = await query
            .Include(a => a.Roles.Where(r => r.RevokedAt == null))
            .OrderBy(a => a.CreatedAt)
            .ThenBy(a => a.Id)
            .ToPageAsync(page, ct);
        var dtos = await ToDtosAsync(result.Items, ct);
        return new Page<AccountDto>(dtos, result.TotalCount, result.NextCursor, result.Offset);
    }

    public async Task<AccountDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await LoadVisibleAsync(id, ct)], ct))[0];

    public async Task<AccountDto> GrantAsync(Guid accountId, RoleGrantInput input, CancellationToken ct)
    {
        var granted = input.Role;
        var v = new Validator();
        v.When(granted is null, "role", "is required");
        if (granted == GrantedRole.Coordinator)
        {
            if (string.IsNullOrWhiteSpace(input.Municipality))
                v.Add("municipality", "is required for a coordinator");
            // A malformed code is not looked up: the store may refuse its text (PostgreSQL, a NUL) with a 500.
            else if (
                !Municipality.IsValidCode(input.Municipality)
                || !await db.Municipalities.AnyAsync(m => m.Code == input.Municipality, ct)
            )
                v.Add("municipality", "is not a known municipality code");
        }
        v.When(
            granted == GrantedRole.Admin && input.Municipality is not null,
            "municipality",
            "must be absent for an administrator"
        );
        v.ThrowIfInvalid();
        var account = await LoadVisibleAsync(accountId, ct, tracking: true);
        access.EnsureCanGrant(granted!.Value, input.Municipality);
        var existing = account.Roles.FirstOrDefault(r =>
            r.IsActive && granted == r.Role && r.MunicipalityCode == input.Municipality
        );
        if (existing is null)
        {
            var grant = new RoleGrant
            {
                AccountId = account.Id,
                Role = granted.Value,
                MunicipalityCode = input.Municipality,
                GrantedAt = clock.GetUtcNow(),
                GrantedBy = access.Viewer.Subject,
            };
            db.RoleGrants.Add(grant);
            audit.Changed(
                "role.grant",
                "account",
                account.Id,
                input.Municipality,
                account.ProfessionalId,
                Detail(grant)
            );
            await db.SaveChangesAsync(ct);
        }
        return await GetAsync(accountId, ct);
    }

    public async Task RevokeAsync(Guid accountId, Guid grantId, CancellationToken ct)
    {
        var account = await LoadVisibleAsync(accountId, ct, tracking: true);
        var grant = account.Roles.FirstOrDefault(r => r.Id == grantId && r.IsActive);
        if (grant is null)
            throw new NotFoundException("role grant");
        access.EnsureCanGrant(grant.Role, grant.MunicipalityCode);
        grant.RevokedAt = clock.GetUtcNow();
        grant.RevokedBy = access.Viewer.Subject;
        audit.Changed(
            "role.revoke",
            "account",
            account.Id,
            grant.MunicipalityCode,
            account.ProfessionalId,
            Detail(grant)
        );
        await db.SaveChangesAsync(ct);
    }

    private async Task<Account> LoadVisibleAsync(Guid id, CancellationToken ct, bool tracking = false)
    {
        var query = access.VisibleAccounts(tracking ? db.Accounts : db.Accounts.AsNoTracking());
        return await query
            .Include(a => a.Roles.Where(r => r.RevokedAt == null))
            .FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("account");
    }

    private async Task<List<AccountDto>> ToDtosAsync(IReadOnlyList<Account> accounts, CancellationToken ct)
    {
        // A linked entry the viewer could not open on its own is not named inside the account either.
        var ids = accounts.Where(a => a.ProfessionalId is not null).Select(a => a.ProfessionalId!.Value).ToList();
        var visible = (
            await access
                .VisibleProfessionals(db.Professionals)
                .Where(p => ids.Contains(p.Id))
                .Select(p => p.Id)
                .ToListAsync(ct)
        ).ToHashSet();
        return
        [
            .. accounts.Select(a => new AccountDto(
                a.Id,
                a.Issuer,
                a.DisplayName,
                a.ProfessionalId is { } p && visible.Contains(p) ? p : null,
                [
                    .. a
                        .Roles.Where(r => r.IsActive && access.CanSeeRoleGrant(r.MunicipalityCode))
                        .OrderBy(r => r.GrantedAt)
                        .Select(r => new RoleGrantDto(r.Id, r.Role, r.MunicipalityCode, r.GrantedAt)),
                ],
                a.CreatedAt,
                a.LastSignInAt
            )),
        ];
    }

    private static string Detail(RoleGrant grant) =>
        grant.MunicipalityCode is null
            ? grant.Role.ToString().ToLowerInvariant()
            : $"{grant.Role.ToString().ToLowerInvariant()} of {grant.MunicipalityCode}";

    private static string? Trimmed(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim() is var t && t.Length <= max ? t
        : t[..max];
}

public sealed record LinkOffer(Guid ProfessionalId, string Name, string OtherIssuer);
