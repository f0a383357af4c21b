using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Trust;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Application.Workshops;

/// <summary>
/// Trust after the workshop: a participant proposes or confirms trust with several other participants in one
/// request, with the workshop as provenance; coordinators see whose proposals are still open. Each step is the
/// trust lifecycle's own (<see cref="TrustService"/>: who may confirm, reconfirm, propose to whom), run inside one
/// transaction so the request succeeds or changes nothing.
/// </summary>
public sealed class WorkshopTrustService(
    NetworkDbContext db,
    AccessPolicy access,
    WorkshopService workshops,
    TrustService trust,
    TrustChangeNotifier notifier,
    TimeProvider clock
)
{
    public const int MaxPerRequest = WorkshopService.MaxSeats;

    public async Task<WorkshopTrustResult> ProposeOrConfirmAsync(
        Guid workshopId,
        WorkshopTrustInput input,
        CancellationToken ct
    )
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: false, ct);
        var participantIds = workshop.Participants.Select(p => p.ProfessionalId).ToHashSet();
        if (!access.CanSeeParticipants(workshop, participantIds))
            throw new NotFoundException("workshop");
        if (access.Self is not { } self || !participantIds.Contains(self))
            throw new ForbiddenException("Only the workshop's participants propose or confirm trust with each other.");
        if (DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) < workshop.Date)
            throw new ConflictException(
                "Trust is proposed after the workshop, once the participants have met; it has not taken place yet."
            );
        if (
            !await db.Professionals.AnyAsync(
                p => p.Id == self && p.IsActive && p.ListingStatus == ListingStatus.Listed,
                ct
            )
        )
            throw new ForbiddenException(
                "Accept being listed first (POST /api/v1/me/listing); until then the others cannot see you."
            );

        var ids = input.ProfessionalIds;
        var v = new Validator().List("professionalIds", ids, MaxPerRequest, required: true);
        // Only participants the viewer can see in the directory (listed, active) are valid partners.
        var visible = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p => participantIds.Contains(p.Id) && p.IsActive)
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
            })
            .ToDictionaryAsync(p => p.Id, p => $"{p.GivenName} {p.FamilyName}", ct);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            var id = ids![i];
            if (id == self)
                v.Add($"professionalIds[{i}]", "is you; trust is between two people");
            else if (!visible.ContainsKey(id))
                v.Add($"professionalIds[{i}]", "is not a participant of this workshop visible to you");
            else if (!seen.Add(id))
                v.Add($"professionalIds[{i}]", "is listed twice");
        }
        v.ThrowIfInvalid();

        var existing = await db
            .TrustRelationships.AsNoTracking()
            .Where(t =>
                (t.ProposerId == self && seen.Contains(t.RecipientId))
                || (t.RecipientId == self && seen.Contains(t.ProposerId))
            )
            .Where(t => t.Status == TrustStatus.Proposed || t.Status == TrustStatus.Confirmed)
            .ToListAsync(ct);

        var outcomes = new List<WorkshopTrustOutcome>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var other in ids!)
            {
                var (outcome, dto) = await StepAsync(
                    self,
                    other,
                    existing.Where(t => t.Involves(other)).ToList(),
                    workshop.Id,
                    ct
                );
                outcomes.Add(new WorkshopTrustOutcome(other, visible[other], outcome, dto.Id, dto.WorkshopId));
            }
            await transaction.CommitAsync(ct);
        }
        access.TrustChanged();
        notifier.Notify();
        return new WorkshopTrustResult(outcomes);
    }

    /// <summary>
    /// One pair: keep confirmed trust, reconfirm expired trust, confirm the other's open proposal, keep one's own
    /// open proposal, else propose anew with this workshop as provenance.
    /// </summary>
    private async Task<(TrustOutcome, TrustRelationshipDto)> StepAsync(
        Guid self,
        Guid other,
        List<TrustRelationship> pair,
        Guid workshopId,
        CancellationToken ct
    )
    {
        var now = clock.GetUtcNow();
        if (pair.FirstOrDefault(t => t.EffectiveStatus(now) == TrustStatus.Confirmed) is { } confirmed)
            return (TrustOutcome.AlreadyConfirmed, await trust.GetAsync(confirmed.Id, ct));
        if (pair.FirstOrDefault(t => t.EffectiveStatus(now) == TrustStatus.Expired) is { } expired)
            return (TrustOutcome.Reconfirmed, await trust.ReconfirmAsync(expired.Id, null, ct));
        if (pair.FirstOrDefault(t => t.Status == TrustStatus.Proposed && t.ProposerId == other) is { } theirs)
            return (TrustOutcome.Confirmed, await trust.ConfirmAsync(theirs.Id, null, ct));
        if (pair.FirstOrDefault(t => t.Status == TrustStatus.Proposed && t.ProposerId == self) is { } mine)
            return (TrustOutcome.AlreadyProposed, await trust.GetAsync(mine.Id, ct));
        return (TrustOutcome.Proposed, await trust.ProposeAsync(new ProposeTrustInput(other, workshopId), ct));
    }

    /// <summary>Coordinators: participants with open proposals among this workshop's participants, most waiting first.</summary>
    public async Task<IReadOnlyList<PendingTrustDto>> PendingAsync(Guid workshopId, CancellationToken ct)
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: false, ct);
        if (!access.CanMaintain(workshop.MunicipalityCode))
            throw new NotFoundException("workshop pending-trust overview");
        var ids = workshop.Participants.Select(p => p.ProfessionalId).ToList();
        var open = await db
            .TrustRelationships.AsNoTracking()
            .Where(t => t.Status == TrustStatus.Proposed && ids.Contains(t.ProposerId) && ids.Contains(t.RecipientId))
            .Select(t => new { t.ProposerId, t.RecipientId })
            .ToListAsync(ct);
        var names = await db
            .Professionals.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.GivenName} {p.FamilyName}", ct);
        return ids.Select(id => new PendingTrustDto(
                id,
                names[id],
                open.Count(t => t.RecipientId == id),
                open.Count(t => t.ProposerId == id)
            ))
            .Where(p => p.AwaitingTheirAnswer > 0 || p.AwaitingOthers > 0)
            .OrderByDescending(p => p.AwaitingTheirAnswer)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }
}
