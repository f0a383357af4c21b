using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Workshops.Outcomes;
using Network.Domain.Reports;
using Network.Domain.Workshops;

namespace Network.Application.Reports;

/// <summary>
/// The municipality's picture over time: what its workshops brought up, how its network grew from one workshop to
/// the next, and which agreements are still open. For its coordinators and admins, like the network report.
/// </summary>
public sealed class WorkshopHistoryService(NetworkDbContext db, AccessPolicy access, NetworkReportService reports)
{
    public async Task<WorkshopHistoryDto> ForMunicipalityAsync(string code, CancellationToken ct = default)
    {
        if (!access.CanReadNetworkReport(code))
            throw new NotFoundException("municipality workshop history");
        var snapshot = await reports.SnapshotAsync(code, ct);
        var workshops = await db
            .Workshops.AsNoTracking()
            .Where(w => w.MunicipalityCode == code)
            .Include(w => w.Participants)
            .OrderBy(w => w.Date)
            .ThenBy(w => w.Id)
            .ToListAsync(ct);
        var ids = workshops.Select(w => w.Id).ToList();
        var items = await db.WorkshopOutcomeItems.AsNoTracking().Where(i => ids.Contains(i.WorkshopId)).ToListAsync(ct);
        var agreements = await db
            .WorkshopAgreements.AsNoTracking()
            .Where(a => ids.Contains(a.WorkshopId) && a.Status == AgreementStatus.Open)
            .ToListAsync(ct);
        var evaluations = await db
            .WorkshopEvaluations.AsNoTracking()
            .Where(e => ids.Contains(e.WorkshopId))
            .GroupBy(e => e.WorkshopId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var today = snapshot.Today;
        var now = NetworkAnalyzer.Analyze(snapshot);
        var entries = workshops
            .Select(
                (w, i) =>
                {
                    var before = Figures(NetworkAnalyzer.Analyze(snapshot.AsOfDate(DayBefore(w.Date))));
                    var after =
                        i + 1 < workshops.Count && workshops[i + 1].Date <= today
                            ? Figures(NetworkAnalyzer.Analyze(snapshot.AsOfDate(DayBefore(workshops[i + 1].Date))))
                            : Figures(now);
                    return new WorkshopHistoryEntryDto(
                        w.Id,
                        w.Title,
                        w.Date,
                        w.Participants.Count,
                        TrustFrom(snapshot, w.Id),
                        before,
                        after,
                        items.Count(x => x.WorkshopId == w.Id && x.Kind == OutcomeItemKind.Dilemma),
                        evaluations.GetValueOrDefault(w.Id)
                    );
                }
            )
            .ToList();

        var dates = workshops.ToDictionary(w => w.Id, w => w.Date);
        var themes = items
            .Where(i => i.Theme is not null)
            .GroupBy(i => i.Theme!)
            .Select(g => new ThemeHistoryDto(
                g.Key,
                g.Select(i => i.WorkshopId).Distinct().Count(),
                g.Count(i => i.Kind == OutcomeItemKind.Dilemma),
                g.Count(i => i.Kind == OutcomeItemKind.Solution),
                g.Count(i => i.Kind == OutcomeItemKind.TrustNeed),
                snapshot
                    .Domains.Select(d => d.Id)
                    .Where(d => g.Any(i => i.Kind != OutcomeItemKind.Solution && i.Domains.Contains(d)))
                    .ToList(),
                g.Max(i => dates[i.WorkshopId]),
                g.Where(i => i.Kind == OutcomeItemKind.Dilemma)
                    .OrderByDescending(i => dates[i.WorkshopId])
                    .ThenBy(i => i.CreatedAt)
                    .Select(i => i.Text)
                    .ToList()
            ))
            .OrderByDescending(t => t.Workshops)
            .ThenByDescending(t => t.Dilemmas + t.TrustNeeds)
            .ThenBy(t => t.Theme, StringComparer.Ordinal)
            .ToList();

        var names = await OutcomeReader.NamesAsync(db, agreements.Select(a => a.OwnerProfessionalId), ct);
        var organisations = await OutcomeReader.OrganisationNamesAsync(
            db,
            agreements.SelectMany(a => a.OrganisationIds),
            ct
        );
        var titles = workshops.ToDictionary(w => w.Id, w => w.Title);
        var open = agreements
            .OrderBy(a => a.DueOn == null)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.CreatedAt)
            .Select(a => new OpenActionDto(
                a.WorkshopId,
                titles[a.WorkshopId],
                new AgreementDto(
                    a.Id,
                    a.Aim,
                    a.Text,
                    a.OrganisationIds.Select(o => new AgreementOrganisationDto(
                            o,
                            organisations.GetValueOrDefault(o, "")
                        ))
                        .ToList(),
                    a.OwnerProfessionalId,
                    names.GetValueOrDefault(a.OwnerProfessionalId, ""),
                    a.DueOn,
                    a.Status,
                    a.IsOverdueOn(today),
                    a.UpdatedAt
                )
            ))
            .ToList();
        return new WorkshopHistoryDto(
            snapshot.MunicipalityCode,
            snapshot.MunicipalityName,
            snapshot.AsOf,
            entries,
            themes,
            open,
            open.Count(o => o.Agreement.Overdue)
        );
    }

    /// <summary>Confirmed, unexpired trust with the workshop as provenance (the picture marks only the highlighted one).</summary>
    private static int TrustFrom(NetworkSnapshot s, Guid workshop) =>
        s.Trust.Count(t => t.WorkshopId == workshop && t.IsConfirmedAt(s.AsOf));

    private static DateTimeOffset DayBefore(DateOnly date) =>
        new(date.AddDays(-1).ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    private static NetworkFiguresDto Figures(NetworkReport r)
    {
        var m = r.DomainMatrix;
        var linked = 0;
        for (var i = 0; i < m.Domains.Count; i++)
        for (var j = i + 1; j < m.Domains.Count; j++)
            if (m.Cells[i][j] > 0)
                linked++;
        return new NetworkFiguresDto(r.Summary.Professionals, r.Summary.ConfirmedTrust, linked, r.Summary.WithoutTrust);
    }
}
