using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Workshops.Import;

/// <summary>
/// Imports a workshop's attendance list. All or nothing: a file with any bad line changes nothing and answers
/// every problem per line; a good file matches or creates (pending) professionals and adds them as participants
/// in one transaction. A dry run does all the checks and reports the outcomes without saving.
/// </summary>
public sealed class AttendanceImportService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    WorkshopService workshops,
    TimeProvider clock
)
{
    /// <param name="readCsv">Reads the list; called only once the viewer may import into this workshop.</param>
    /// <param name="markAttended">
    /// The list is of who was there: mark every person on it as attended (new and existing participants alike).
    /// </param>
    public async Task<AttendanceImportResult> ImportAsync(
        Guid workshopId,
        Func<CancellationToken, Task<ReadOnlyMemory<byte>>> readCsv,
        bool dryRun,
        CancellationToken ct,
        bool markAttended = false
    )
    {
        var workshop = await workshops.LoadVisibleAsync(workshopId, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);

        var csv = await readCsv(ct);
        var parsed = AttendanceCsv.Parse(csv.Span);
        var problems = parsed.Problems.ToList();
        var municipalityName = await db
            .Municipalities.Where(m => m.Code == workshop.MunicipalityCode)
            .Select(m => m.Name)
            .SingleAsync(ct);
        var (lines, lineProblems) = AttendanceLineResolver.Resolve(
            parsed.Rows,
            await LoadReferenceAsync(workshop.MunicipalityCode, ct),
            municipalityName
        );
        problems.AddRange(lineProblems);
        if (problems.Count > 0)
            throw new ValidationException(
                problems
                    .OrderBy(p => p.Key == "file" ? 0 : int.Parse(p.Key["line ".Length..]))
                    .GroupBy(p => p.Key)
                    .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())
            );

        var participants = workshop.Participants.Select(p => p.ProfessionalId).ToHashSet();
        var adding = lines.Count(l => l.Existing is null || !participants.Contains(l.Existing.Id));
        WorkshopParticipantService.EnsureSeats(workshop, adding);

        var outcomes = lines.Select(l => Apply(workshop, l, participants, dryRun)).ToList();
        var marked = markAttended ? MarkAttended(workshop, outcomes, dryRun) : 0;
        if (!dryRun && (adding > 0 || marked > 0))
        {
            WorkshopService.Touch(workshop, clock);
            audit.Changed(
                "workshop.attendance-import",
                "workshop",
                workshop.Id,
                workshop.MunicipalityCode,
                detail: $"{outcomes.Count(o => o.Outcome == ImportOutcome.Matched)} matched, {outcomes.Count(o => o.Outcome == ImportOutcome.Created)} created, {marked} marked attended"
            );
            await WorkshopService.SaveAsync(db, ct, conflictOnRace: true); // one transaction for the whole list
        }
        return new AttendanceImportResult(
            dryRun,
            lines.Count,
            outcomes.Count(o => o.Outcome == ImportOutcome.Matched),
            outcomes.Count(o => o.Outcome == ImportOutcome.Created),
            outcomes.Count(o => o.Outcome == ImportOutcome.AlreadyParticipant),
            workshop.Seats - participants.Count - adding,
            outcomes,
            marked
        );
    }

    /// <summary>Marks everyone on the list present; answers how many were not marked so before.</summary>
    private static int MarkAttended(Workshop workshop, List<AttendanceLineOutcome> outcomes, bool dryRun)
    {
        var marked = 0;
        foreach (var outcome in outcomes)
        {
            var participant = workshop.Participants.FirstOrDefault(p => p.ProfessionalId == outcome.ProfessionalId);
            if (participant?.Attended == true)
                continue;
            // No participant yet only in a dry run: a real run would have added them, then marked them.
            marked++;
            if (!dryRun && participant is not null)
                participant.Attended = true;
        }
        return marked;
    }

    private AttendanceLineOutcome Apply(Workshop workshop, ResolvedLine line, HashSet<Guid> participants, bool dryRun)
    {
        if (line.Existing is { } person)
        {
            if (participants.Contains(person.Id))
                return new AttendanceLineOutcome(
                    line.Row.Line,
                    person.Name,
                    ImportOutcome.AlreadyParticipant,
                    person.Id,
                    person.ListingStatus
                );
            if (!dryRun)
                AddParticipant(workshop, person.Id);
            return new AttendanceLineOutcome(
                line.Row.Line,
                person.Name,
                ImportOutcome.Matched,
                person.Id,
                person.ListingStatus
            );
        }
        var name = AttendanceLineResolver.Normalise(line.Row.Name);
        if (dryRun)
            return new AttendanceLineOutcome(line.Row.Line, name, ImportOutcome.Created, null, ListingStatus.Pending);

        var created = Create(workshop.MunicipalityCode, line);
        AddParticipant(workshop, created.Id);
        return new AttendanceLineOutcome(line.Row.Line, name, ImportOutcome.Created, created.Id, ListingStatus.Pending);
    }

    /// <summary>A pending professional: seen only by coordinators until they accept being listed (consent first).</summary>
    private Professional Create(string municipality, ResolvedLine line)
    {
        var now = clock.GetUtcNow();
        var (given, family) = line.SplitName();
        var professional = new Professional
        {
            GivenName = given,
            FamilyName = family,
            ProfessionId = line.Profession!.Id,
            ListingStatus = ListingStatus.Pending,
            LastVerifiedOn = DateOnly.FromDateTime(now.UtcDateTime),
            CreatedAt = now,
            UpdatedAt = now,
        };
        professional.Memberships.Add(
            new Membership
            {
                ProfessionalId = professional.Id,
                OrganisationId = line.Organisation!.Id,
                RoleTitle = line.Profession.NameNl,
                StartDate = DateOnly.FromDateTime(now.UtcDateTime),
            }
        );
        professional.Municipalities.Add(
            new ProfessionalMunicipality { ProfessionalId = professional.Id, MunicipalityCode = municipality }
        );
        professional.Domains.AddRange(
            line.Organisation.Domains.Select(d => new ProfessionalDomain
            {
                ProfessionalId = professional.Id,
                DomainId = d,
            })
        );
        professional.ContactPoints.Add(
            new ContactPoint
            {
                ProfessionalId = professional.Id,
                Channel = ContactChannel.Email,
                Value = line.Row.Email,
                Visibility = VisibilityLevel.Network,
            }
        );
        db.Professionals.Add(professional);
        audit.Changed(
            "professional.create-from-attendance-list",
            "professional",
            professional.Id,
            municipality,
            subjectProfessionalId: professional.Id
        );
        return professional;
    }

    private void AddParticipant(Workshop workshop, Guid professionalId)
    {
        workshop.Participants.Add(
            new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = professionalId }
        );
        audit.Changed(
            "workshop.participant-add",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            subjectProfessionalId: professionalId
        );
    }

    private async Task<ImportReference> LoadReferenceAsync(string municipality, CancellationToken ct)
    {
        var people = await db
            .Professionals.AsNoTracking()
            .Where(p => p.Municipalities.Any(m => m.MunicipalityCode == municipality))
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
                p.IsActive,
                p.ListingStatus,
                Emails = p.ContactPoints.Where(c => c.Channel == ContactChannel.Email).Select(c => c.Value).ToList(),
            })
            .ToListAsync(ct);
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Municipalities.Any(m => m.MunicipalityCode == municipality))
            .Select(o => new KnownOrganisation(o.Id, o.Name, o.Domains.Select(d => d.DomainId).ToList()))
            .ToListAsync(ct);
        var professions = await db
            .Professions.AsNoTracking()
            .Select(p => new KnownProfession(p.Id, p.Name, p.NameNl))
            .ToListAsync(ct);
        return new ImportReference(
            people
                .Select(p => new KnownPerson(
                    p.Id,
                    AttendanceLineResolver.Normalise($"{p.GivenName} {p.FamilyName}"),
                    p.IsActive,
                    p.ListingStatus,
                    p.Emails
                ))
                .ToList(),
            organisations,
            professions
        );
    }
}
