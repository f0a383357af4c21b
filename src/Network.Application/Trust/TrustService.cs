using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Trust;

namespace Network.Application.Trust;

/// <summary>
/// The trust lifecycle: a professional proposes, the other confirms, either revokes or reconfirms.
/// Only confirmed, unexpired trust grants visibility (<see cref="TrustRelationship.GrantsVisibility"/>).
/// </summary>
public sealed class TrustService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    TrustChangeNotifier notifier,
    TimeProvider clock
)
{
    /// <summary>The viewer's own trust relationships (none for a viewer who is not a professional).</summary>
    public Task<Page<TrustRelationshipDto>> ListMineAsync(
        TrustStatus? status,
        PageRequest page,
        CancellationToken ct
    ) => ListAsync(new TrustFilter(status, access.Self ?? Guid.Empty), page, ct);

    public async Task<Page<TrustRelationshipDto>> ListAsync(TrustFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();

        var query = access.VisibleTrust(db.TrustRelationships.AsNoTracking());
        if (filter.Professional is { } p)
            query = query.Where(t => t.ProposerId == p || t.RecipientId == p);
        if (filter.Municipality is { } m)
            query = query.Where(t => t.MunicipalityCode == m);
        var now = clock.GetUtcNow();
        query = filter.Status switch
        {
            TrustStatus.Confirmed => query.Where(t => t.Status == TrustStatus.Confirmed && t.ExpiresAt > now),
            TrustStatus.Expired => query.Where(t => t.Status == TrustStatus.Confirmed && t.ExpiresAt <= now),
            { } status => query.Where(t => t.Status == status),
            null => query,
        };

        var result = await query.OrderByDescending(t => t.ProposedAt).ThenBy(t => t.Id).ToPageAsync(page, ct);
        return new Page<TrustRelationshipDto>(
            await ToDtosAsync(result.Items, ct),
            result.TotalCount,
            result.NextCursor,
            result.Offset
        );
    }

    public async Task<TrustRelationshipDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await LoadVisibleAsync(id, false, ct)], ct))[0];

    /// <summary>Batch read for GraphQL node(id:): the visible trust relationships among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, TrustRelationshipDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        var rows = await access
            .VisibleTrust(db.TrustRelationships.AsNoTracking())
            .Where(t => ids.Contains(t.Id))
            .ToListAsync(ct);
        return (await ToDtosAsync(rows, ct)).ToDictionary(t => t.Id);
    }

    /// <summary>Batch read of the trust relationships of several professionals, for nested GraphQL fields.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<TrustRelationshipDto>>> OfProfessionalsAsync(
        IReadOnlyCollection<Guid> professionalIds,
        CancellationToken ct
    )
    {
        var rows = await access
            .VisibleTrust(db.TrustRelationships.AsNoTracking())
            .Where(t => professionalIds.Contains(t.ProposerId) || professionalIds.Contains(t.RecipientId))
            .OrderByDescending(t => t.ProposedAt)
            .ToListAsync(ct);
        var dtos = await ToDtosAsync(rows, ct);
        return professionalIds.ToDictionary(
            id => id,
            id =>
                (IReadOnlyList<TrustRelationshipDto>)
                    dtos.Where(d => d.Proposer.Id == id || d.Recipient.Id == id).ToList()
        );
    }

    public async Task<TrustRelationshipDto> ProposeAsync(ProposeTrustInput input, CancellationToken ct)
    {
        var self = RequireProfessional();
        var v = new Validator();
        v.When(input.ProfessionalId == self, "professionalId", "you cannot propose trust to yourself");

        var other = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p => p.Id == input.ProfessionalId && p.IsActive)
            .Select(p => new { p.Id, Municipalities = p.Municipalities.Select(m => m.MunicipalityCode).ToList() })
            .FirstOrDefaultAsync(ct);
        if (other is null)
            v.Add("professionalId", "unknown professional");

        string? municipality = null;
        if (input.WorkshopId is { } workshopId)
        {
            var workshop = await db
                .Workshops.AsNoTracking()
                .Where(w =>
                    w.Id == workshopId
                    && w.Participants.Any(p => p.ProfessionalId == self)
                    && w.Participants.Any(p => p.ProfessionalId == input.ProfessionalId)
                )
                .Select(w => new { w.MunicipalityCode })
                .FirstOrDefaultAsync(ct);
            if (workshop is null)
                v.Add("workshopId", "unknown workshop, or you did not both take part in it");
            municipality = workshop?.MunicipalityCode;
        }
        municipality ??= other?.Municipalities.Where(access.Viewer.Municipalities.Contains).Order().FirstOrDefault();
        if (other is not null && municipality is null)
            v.Add("professionalId", "you do not share a municipality network with this professional");
        v.ThrowIfInvalid();

        var existing = await db
            .TrustRelationships.AsNoTracking()
            .AnyAsync(
                t =>
                    (
                        (t.ProposerId == self && t.RecipientId == other!.Id)
                        || (t.ProposerId == other!.Id && t.RecipientId == self)
                    ) && (t.Status == TrustStatus.Proposed || t.Status == TrustStatus.Confirmed),
                ct
            );
        if (existing)
            throw new ConflictException(
                "There is already a proposed or confirmed trust relationship between you; confirm, reconfirm or revoke that one."
            );

        var trust = new TrustRelationship
        {
            ProposerId = self,
            RecipientId = other!.Id,
            MunicipalityCode = municipality!,
            WorkshopId = input.WorkshopId,
            ProposedAt = clock.GetUtcNow(),
        };
        db.TrustRelationships.Add(trust);
        audit.Changed("trust.propose", "trust-relationship", trust.Id, municipality, other.Id);
        await db.SaveChangesAsync(ct);
        return await GetAsync(trust.Id, ct);
    }

    public Task<TrustRelationshipDto> ConfirmAsync(Guid id, int? ifMatch, CancellationToken ct) =>
        ChangeAsync(
            id,
            ifMatch,
            "trust.confirm",
            (t, self, now, months) =>
            {
                if (t.RecipientId != self)
                    throw new ForbiddenException("Only the person trust was proposed to can confirm it.");
                if (t.Status != TrustStatus.Proposed)
                    throw new ConflictException(
                        $"Only a proposed trust relationship can be confirmed; this one is {t.Status.ToString().ToLowerInvariant()}."
                    );
                t.MarkConfirmed(now, months);
            },
            ct
        );

    public Task<TrustRelationshipDto> RevokeAsync(Guid id, int? ifMatch, CancellationToken ct) =>
        ChangeAsync(
            id,
            ifMatch,
            "trust.revoke",
            (t, self, now, _) =>
            {
                if (!t.Involves(self))
                    throw new ForbiddenException("Only the two people in a trust relationship can revoke it.");
                if (t.Status == TrustStatus.Revoked)
                    throw new ConflictException("This trust relationship is already revoked.");
                t.Status = TrustStatus.Revoked;
                t.RevokedAt = now;
                t.RevokedById = self;
            },
            ct
        );

    /// <summary>Renews confirmed (or expired) trust for another validity period.</summary>
    public Task<TrustRelationshipDto> ReconfirmAsync(Guid id, int? ifMatch, CancellationToken ct) =>
        ChangeAsync(
            id,
            ifMatch,
            "trust.reconfirm",
            (t, self, now, months) =>
            {
                if (!t.Involves(self))
                    throw new ForbiddenException("Only the two people in a trust relationship can reconfirm it.");
                if (t.Status != TrustStatus.Confirmed)
                    throw new ConflictException(
                        "Only confirmed (or expired) trust can be reconfirmed; propose trust again instead."
                    );
                t.MarkConfirmed(now, months);
            },
            ct
        );

    private async Task<TrustRelationshipDto> ChangeAsync(
        Guid id,
        int? ifMatch,
        string action,
        Action<TrustRelationship, Guid, DateTimeOffset, int> change,
        CancellationToken ct
    )
    {
        var trust = await LoadVisibleAsync(id, true, ct);
        var self = RequireProfessional();
        if (ifMatch is not null && ifMatch != trust.Version)
            throw new PreconditionFailedException();
        var months = await db
            .Municipalities.Where(m => m.Code == trust.MunicipalityCode)
            .Select(m => m.TrustValidityMonths)
            .FirstAsync(ct);
        change(trust, self, clock.GetUtcNow(), months);
        trust.Version++;
        audit.Changed(action, "trust-relationship", trust.Id, trust.MunicipalityCode, trust.Other(self));
        await db.SaveOrPreconditionFailedAsync(ct);
        access.TrustChanged();
        notifier.Notify(trust.Id);
        return await GetAsync(id, ct);
    }

    private Guid RequireProfessional() =>
        access.RequireSelf("Only professionals propose, confirm, revoke or reconfirm trust; it is personal.");

    private async Task<TrustRelationship> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct) =>
        await access
            .VisibleTrust(tracking ? db.TrustRelationships : db.TrustRelationships.AsNoTracking())
            .FirstOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new NotFoundException("trust relationship");

    private async Task<List<TrustRelationshipDto>> ToDtosAsync(
        IReadOnlyList<TrustRelationship> rows,
        CancellationToken ct
    )
    {
        var people = rows.SelectMany(t => new[] { t.ProposerId, t.RecipientId }).Distinct().ToList();
        var names = await db
            .Professionals.AsNoTracking()
            .Where(p => people.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        var workshopIds = rows.Where(t => t.WorkshopId is not null)
            .Select(t => t.WorkshopId!.Value)
            .Distinct()
            .ToList();
        var workshops = await db
            .Workshops.AsNoTracking()
            .Where(w => workshopIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => new { w.Title, w.Date }, ct);
        var now = clock.GetUtcNow();

        return rows.Select(t =>
            {
                var workshop = t.WorkshopId is { } w ? workshops.GetValueOrDefault(w) : null;
                return new TrustRelationshipDto(
                    t.Id,
                    new TrustParty(t.ProposerId, names.GetValueOrDefault(t.ProposerId, "")),
                    new TrustParty(t.RecipientId, names.GetValueOrDefault(t.RecipientId, "")),
                    t.MunicipalityCode,
                    t.EffectiveStatus(now),
                    t.WorkshopId,
                    workshop?.Title,
                    workshop?.Date,
                    t.ProposedAt,
                    t.ConfirmedAt,
                    t.LastConfirmedAt,
                    t.ExpiresAt,
                    t.RevokedAt,
                    t.Version
                );
            })
            .ToList();
    }
}
