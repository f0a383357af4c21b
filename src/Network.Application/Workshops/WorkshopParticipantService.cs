using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Application.Workshops;

/// <summary>Who takes part in a workshop: the list, adding and removing people, and attendance.</summary>
public sealed class WorkshopParticipantService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    WorkshopService workshops,
    TimeProvider clock
)
{
    public async Task<IReadOnlyList<WorkshopParticipantDto>> ListAsync(Guid workshopId, CancellationToken ct)
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: false, ct);
        if (!access.CanSeeParticipants(workshop, workshop.Participants.Select(p => p.ProfessionalId)))
            throw new NotFoundException("workshop participant list");
        return (await ParticipantsOfAsync([workshop], ct))[workshop.Id];
    }

    /// <summary>
    /// The participant lists of several workshops in one set of queries (GraphQL's nested field), by the same rules as
    /// <see cref="ListAsync"/>; workshops the viewer may not see, or whose participants they may not see, are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<WorkshopParticipantDto>>> ListManyAsync(
        IReadOnlyCollection<Guid> workshopIds,
        CancellationToken ct
    )
    {
        var visible = (await workshops.LoadVisibleManyAsync(workshopIds, ct))
            .Where(w => access.CanSeeParticipants(w, w.Participants.Select(p => p.ProfessionalId)))
            .ToList();
        return await ParticipantsOfAsync(visible, ct);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<WorkshopParticipantDto>>> ParticipantsOfAsync(
        IReadOnlyList<Workshop> list,
        CancellationToken ct
    )
    {
        var ids = list.SelectMany(w => w.Participants).Select(p => p.ProfessionalId).Distinct().ToList();
        // A participant sees the others as far as they see them in the directory: not yet listed people stay hidden.
        var people = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
                p.ProfessionId,
                p.ListingStatus,
            })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var organisations = await (
            from m in db.Memberships.AsNoTracking()
            where ids.Contains(m.ProfessionalId) && m.StartDate <= today && (m.EndDate == null || m.EndDate >= today)
            join o in access.VisibleOrganisations(db.Organisations) on m.OrganisationId equals o.Id
            select new { m.ProfessionalId, o.Name }
        ).ToListAsync(ct);
        var trust = await TrustWithViewerAsync(ids, ct);

        var result = new Dictionary<Guid, IReadOnlyList<WorkshopParticipantDto>>();
        foreach (var workshop in list)
        {
            var attended = workshop.Participants.ToDictionary(p => p.ProfessionalId, p => p.Attended);
            // trustWithYou only on the lists of workshops the viewer took part in themselves.
            var withYou = access.Self is { } self && attended.ContainsKey(self) ? trust : null;
            result[workshop.Id] = people
                .Where(p => attended.ContainsKey(p.Id))
                .Select(p => new WorkshopParticipantDto(
                    p.Id,
                    $"{p.GivenName} {p.FamilyName}",
                    p.ProfessionId,
                    organisations
                        .Where(o => o.ProfessionalId == p.Id)
                        .Select(o => o.Name)
                        .Order(StringComparer.Ordinal)
                        .ToList(),
                    attended[p.Id],
                    p.ListingStatus,
                    withYou?.GetValueOrDefault(p.Id, ParticipantTrust.None)
                ))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.ProfessionalId)
                .ToList();
        }
        return result;
    }

    /// <summary>Adds a visible professional of the workshop's municipality. Returns false when they already took part.</summary>
    public async Task<bool> AddAsync(Guid workshopId, AddParticipantInput input, CancellationToken ct)
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        var v = new Validator().When(input.ProfessionalId is null, "professionalId", "is required");
        v.ThrowIfInvalid();
        var id = input.ProfessionalId!.Value;
        if (workshop.Participants.Any(p => p.ProfessionalId == id))
            return false;

        var eligible = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .AnyAsync(
                p =>
                    p.Id == id
                    && p.IsActive
                    && p.Municipalities.Any(m => m.MunicipalityCode == workshop.MunicipalityCode),
                ct
            );
        v.When(
                !eligible,
                "professionalId",
                $"no active professional of {workshop.MunicipalityCode} with that id is visible to you"
            )
            .ThrowIfInvalid();
        EnsureSeats(workshop, 1);

        workshop.Participants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = id });
        WorkshopService.Touch(workshop, clock);
        audit.Changed(
            "workshop.participant-add",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            subjectProfessionalId: id
        );
        await WorkshopService.SaveAsync(db, ct, conflictOnRace: true);
        return true;
    }

    public async Task RemoveAsync(Guid workshopId, Guid professionalId, CancellationToken ct)
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        var participant = workshop.Participants.FirstOrDefault(p => p.ProfessionalId == professionalId)
            ?? throw new NotFoundException("participant");
        workshop.Participants.Remove(participant);
        WorkshopService.Touch(workshop, clock);
        audit.Changed(
            "workshop.participant-remove",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            subjectProfessionalId: professionalId
        );
        await WorkshopService.SaveAsync(db, ct, conflictOnRace: true);
    }

    /// <summary>Marks who attended; every listed id must be a participant, or nothing changes.</summary>
    public async Task<IReadOnlyList<WorkshopParticipantDto>> MarkAttendanceAsync(
        Guid workshopId,
        IReadOnlyList<AttendanceInput>? items,
        CancellationToken ct
    )
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        var v = new Validator().List("attendance", items, WorkshopService.MaxSeats, required: true);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (item is null)
            {
                v.Add($"[{i}]", "must not be null");
                continue;
            }
            v.When(item.Attended is null, $"[{i}].attended", "is required");
            if (item.ProfessionalId is not { } id)
            {
                v.Add($"[{i}].professionalId", "is required");
                continue;
            }
            v.When(!seen.Add(id), $"[{i}].professionalId", "is listed twice");
            v.When(
                workshop.Participants.All(p => p.ProfessionalId != id),
                $"[{i}].professionalId",
                "is not a participant of this workshop"
            );
        }
        v.ThrowIfInvalid();

        foreach (var item in items!)
            workshop.Participants.Single(p => p.ProfessionalId == item.ProfessionalId).Attended = item.Attended!.Value;
        WorkshopService.Touch(workshop, clock);
        audit.Changed(
            "workshop.attendance",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            detail: $"{items.Count(i => i.Attended == true)} of {items.Count} marked present"
        );
        await WorkshopService.SaveAsync(db, ct, conflictOnRace: true);
        return await ListAsync(workshopId, ct);
    }

    internal static void EnsureSeats(Workshop workshop, int adding)
    {
        var free = workshop.Seats - workshop.Participants.Count;
        if (adding > free)
            throw new ConflictException(
                $"The workshop has {workshop.Seats} seats and {Math.Max(free, 0)} are free; {adding} more participant(s) do not fit."
            );
    }

    /// <summary>For a participating professional: their trust state with each other participant.</summary>
    private async Task<Dictionary<Guid, ParticipantTrust>?> TrustWithViewerAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    )
    {
        if (access.Self is not { } self || !ids.Contains(self))
            return null;
        var now = clock.GetUtcNow();
        var rows = await (
            from t in db.TrustRelationships.AsNoTracking()
            where
                (t.ProposerId == self && ids.Contains(t.RecipientId))
                || (t.RecipientId == self && ids.Contains(t.ProposerId))
            where t.Status == TrustStatus.Proposed || t.Status == TrustStatus.Confirmed
            select t
        ).ToListAsync(ct);

        var result = new Dictionary<Guid, ParticipantTrust> { [self] = ParticipantTrust.You };
        foreach (var t in rows)
        {
            var other = t.Other(self);
            var state = t.EffectiveStatus(now) switch
            {
                TrustStatus.Confirmed => ParticipantTrust.Confirmed,
                TrustStatus.Proposed when t.ProposerId == self => ParticipantTrust.ProposedByYou,
                TrustStatus.Proposed => ParticipantTrust.ProposedToYou,
                _ => ParticipantTrust.None,
            };
            if (state > result.GetValueOrDefault(other, ParticipantTrust.None))
                result[other] = state;
        }
        return result;
    }
}
