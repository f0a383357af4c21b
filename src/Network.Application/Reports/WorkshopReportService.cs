using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Workshops.Outcomes;
using Network.Domain.Reports;
using Network.Domain.Workshops;

namespace Network.Application.Reports;

/// <summary>
/// The workshop's report (verslag): its outcomes, the network before and after it with the newcomers in the picture,
/// and recommendations from <see cref="WorkshopAdvisor"/>. Like the network report, for the municipality's
/// coordinators and admins only; for anyone else it does not exist. Both doors and every format call this.
/// </summary>
public sealed class WorkshopReportService(NetworkDbContext db, AccessPolicy access, NetworkReportService reports)
{
    public async Task<WorkshopReportDto> ForWorkshopAsync(Guid workshopId, CancellationToken ct = default)
    {
        var workshop = await access
            .VisibleWorkshops(db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .FirstOrDefaultAsync(w => w.Id == workshopId, ct);
        if (workshop is null || !access.CanReadNetworkReport(workshop.MunicipalityCode))
            throw new NotFoundException("workshop report");

        var snapshot = await reports.SnapshotAsync(workshop.MunicipalityCode, ct);
        var participantIds = workshop.Participants.Select(p => p.ProfessionalId).ToList();
        var network = WorkshopComparison.Compare(
            snapshot,
            workshop.Id,
            workshop.Title,
            workshop.Date,
            participantIds,
            workshop.Participants.Count(p => p.Attended)
        );
        var items = await db
            .WorkshopOutcomeItems.AsNoTracking()
            .Where(i => i.WorkshopId == workshop.Id)
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .ToListAsync(ct);
        var agreements = await db
            .WorkshopAgreements.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id)
            .OrderBy(a => a.DueOn == null)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.CreatedAt)
            .ToListAsync(ct);
        var evaluations = await db
            .WorkshopEvaluations.AsNoTracking()
            .Where(e => e.WorkshopId == workshop.Id)
            .ToListAsync(ct);
        var names = await OutcomeReader.NamesAsync(db, agreements.Select(a => a.OwnerProfessionalId), ct);
        var organisationNames = await OutcomeReader.OrganisationNamesAsync(
            db,
            agreements.SelectMany(a => a.OrganisationIds),
            ct
        );
        var outcomes = new WorkshopOutcomeData(items, agreements, evaluations, names, organisationNames);
        var recommendations = WorkshopAdvisor.Advise(snapshot, network, participantIds, outcomes);

        var today = snapshot.Today;
        var summary = OutcomeReader.Summarise(evaluations, workshop.Participants.Count(p => p.Attended));
        var followUp = agreements
            .Select(a => new AgreementDto(
                a.Id,
                a.Aim,
                a.Text,
                a.OrganisationIds.Select(o => new AgreementOrganisationDto(
                        o,
                        organisationNames.GetValueOrDefault(o, "")
                    ))
                    .ToList(),
                a.OwnerProfessionalId,
                names.GetValueOrDefault(a.OwnerProfessionalId, ""),
                a.DueOn,
                a.Status,
                a.IsOverdueOn(today),
                a.UpdatedAt
            ))
            .ToList();
        var participants = Participants(workshop, snapshot, network);
        return new WorkshopReportDto(
            workshop.Id,
            workshop.Title,
            workshop.Date,
            workshop.Place,
            workshop.Facilitators,
            snapshot.MunicipalityCode,
            snapshot.MunicipalityName,
            snapshot.AsOf,
            new WorkshopReportSummary(
                workshop.Participants.Count,
                workshop.Participants.Count(p => p.Attended),
                participants.Count(p => p.Pending),
                network.Delta.TrustFromWorkshop,
                network.Delta.ParticipantsWithoutTrustBefore,
                network.Delta.ParticipantsWithoutTrustAfter,
                items.Count(i => i.Kind == OutcomeItemKind.Dilemma),
                items.Count(i => i.Kind == OutcomeItemKind.Solution),
                items.Count(i => i.Kind == OutcomeItemKind.TrustNeed),
                agreements.Count(a => a.Status == AgreementStatus.Open),
                agreements.Count(a => a.IsOverdueOn(today)),
                evaluations.Count
            ),
            participants,
            Count(participants, p => p.Domain ?? "", id => DomainName(snapshot, id)),
            CountByOrganisation(participants, snapshot),
            ByAim(items, summary),
            summary,
            network,
            recommendations,
            followUp
        );
    }

    private static List<ReportParticipantDto> Participants(
        Workshop workshop,
        NetworkSnapshot snapshot,
        WorkshopNetworkReport network
    )
    {
        var people = snapshot.People.ToDictionary(p => p.Id);
        var drawn = network.After.Graph.Nodes.ToDictionary(n => n.Id);
        var organisations = snapshot.Organisations.ToDictionary(o => o.Id, o => o.Name);
        return workshop
            .Participants.Where(p => people.ContainsKey(p.ProfessionalId))
            .Select(p =>
            {
                var person = people[p.ProfessionalId];
                return new ReportParticipantDto(
                    person.Id,
                    person.Name,
                    drawn.TryGetValue(person.Id, out var node)
                        ? node.Domain
                        : (person.Domains.Count > 0 ? person.Domains[0] : null),
                    person.OrganisationIds.Select(o => organisations.GetValueOrDefault(o)).OfType<string>().ToList(),
                    p.Attended,
                    !person.IsListed
                );
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static List<ParticipationCountDto> Count(
        List<ReportParticipantDto> participants,
        Func<ReportParticipantDto, string> key,
        Func<string, string> name
    ) =>
        participants
            .GroupBy(key)
            .Select(g => new ParticipationCountDto(g.Key, name(g.Key), g.Count(), g.Count(p => p.Pending)))
            .OrderByDescending(c => c.Participants)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static List<ParticipationCountDto> CountByOrganisation(
        List<ReportParticipantDto> participants,
        NetworkSnapshot snapshot
    ) =>
        snapshot
            .Organisations.Select(o =>
            {
                var members = participants.Where(p => p.Organisations.Contains(o.Name)).ToList();
                return new ParticipationCountDto(o.Id.ToString(), o.Name, members.Count, members.Count(p => p.Pending));
            })
            .Where(c => c.Participants > 0)
            .OrderByDescending(c => c.Participants)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static string DomainName(NetworkSnapshot snapshot, string id) =>
        snapshot.Domains.FirstOrDefault(d => d.Id == id)?.NameNl ?? "";

    private static List<AimOutcomesDto> ByAim(List<WorkshopOutcomeItem> items, EvaluationSummaryDto evaluations) =>
        Enum.GetValues<LearningAim>()
            .Select(aim => new AimOutcomesDto(
                aim,
                evaluations.Aims.Single(a => a.Aim == aim).Average,
                items
                    .Where(i => i.Aim == aim)
                    .GroupBy(i => i.Theme ?? "")
                    .OrderBy(g => g.Key.Length == 0)
                    .ThenBy(g => g.Min(i => i.CreatedAt))
                    .Select(g => new ThemeOutcomesDto(
                        g.Key,
                        g.OrderBy(i => i.Kind).ThenBy(i => i.CreatedAt).Select(OutcomeReader.Item).ToList()
                    ))
                    .ToList()
            ))
            .ToList();
}
