using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;
using Network.Domain.Workshops;

namespace Network.Application.Workshops.Outcomes;

/// <summary>Reads a workshop's outcomes as DTOs, after the caller's access check.</summary>
internal static class OutcomeReader
{
    public static async Task<WorkshopOutcomesDto> ReadAsync(
        NetworkDbContext db,
        Workshop workshop,
        DateOnly today,
        CancellationToken ct
    )
    {
        var items = await db
            .WorkshopOutcomeItems.AsNoTracking()
            .Where(i => i.WorkshopId == workshop.Id)
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .ToListAsync(ct);
        var agreements = await db
            .WorkshopAgreements.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id)
            .OrderBy(a => a.CreatedAt)
            .ThenBy(a => a.Id)
            .ToListAsync(ct);
        var editorIds = workshop.OutcomeEditors.Select(e => e.ProfessionalId).ToList();
        var names = await NamesAsync(db, agreements.Select(a => a.OwnerProfessionalId).Concat(editorIds), ct);
        var organisations = await OrganisationNamesAsync(db, agreements.SelectMany(a => a.OrganisationIds), ct);
        return new WorkshopOutcomesDto(
            workshop.Id,
            items.Select(Item).ToList(),
            agreements.Select(a => Agreement(a, names, organisations, today)).ToList(),
            await EvaluationsAsync(db, workshop, ct),
            editorIds
                .Select(id => new OutcomeEditorDto(id, names.GetValueOrDefault(id, "")))
                .OrderBy(e => e.Name, StringComparer.Ordinal)
                .ToList()
        );
    }

    public static OutcomeItemDto Item(WorkshopOutcomeItem i) =>
        new(i.Id, i.Kind, i.Aim, i.Text, i.Theme, i.Domains, i.UpdatedAt);

    public static async Task<AgreementDto> AgreementAsync(
        NetworkDbContext db,
        WorkshopAgreement a,
        DateOnly today,
        CancellationToken ct
    ) =>
        Agreement(
            a,
            await NamesAsync(db, [a.OwnerProfessionalId], ct),
            await OrganisationNamesAsync(db, a.OrganisationIds, ct),
            today
        );

    public static async Task<EvaluationSummaryDto> EvaluationsAsync(
        NetworkDbContext db,
        Workshop workshop,
        CancellationToken ct
    )
    {
        var evaluations = await db
            .WorkshopEvaluations.AsNoTracking()
            .Where(e => e.WorkshopId == workshop.Id)
            .ToListAsync(ct);
        return Summarise(evaluations, workshop.Participants.Count(p => p.Attended));
    }

    /// <summary>Comments are sorted so their order says nothing about who wrote which.</summary>
    public static EvaluationSummaryDto Summarise(IReadOnlyList<WorkshopEvaluation> evaluations, int attended) =>
        new(
            evaluations.Count,
            attended,
            Enum.GetValues<LearningAim>()
                .Select(aim =>
                {
                    var scores = evaluations.Select(e => e.ScoreFor(aim)).OfType<int>().ToList();
                    return new AimScoreDto(
                        aim,
                        scores.Count,
                        scores.Count == 0 ? null : Math.Round(scores.Average(), 1),
                        Enumerable
                            .Range(WorkshopEvaluation.MinScore, WorkshopEvaluation.MaxScore)
                            .Select(s => scores.Count(x => x == s))
                            .ToList()
                    );
                })
                .ToList(),
            evaluations.Select(e => e.Comment).OfType<string>().Order(StringComparer.Ordinal).ToList()
        );

    private static AgreementDto Agreement(
        WorkshopAgreement a,
        IReadOnlyDictionary<Guid, string> names,
        IReadOnlyDictionary<Guid, string> organisations,
        DateOnly today
    ) =>
        new(
            a.Id,
            a.Aim,
            a.Text,
            a.OrganisationIds.Select(o => new AgreementOrganisationDto(o, organisations.GetValueOrDefault(o, "")))
                .ToList(),
            a.OwnerProfessionalId,
            names.GetValueOrDefault(a.OwnerProfessionalId, ""),
            a.DueOn,
            a.Status,
            a.IsOverdueOn(today),
            a.UpdatedAt
        );

    internal static async Task<Dictionary<Guid, string>> NamesAsync(
        NetworkDbContext db,
        IEnumerable<Guid> ids,
        CancellationToken ct
    )
    {
        var list = ids.Distinct().ToList();
        return await db
            .Professionals.AsNoTracking()
            .Where(p => list.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
    }

    internal static async Task<Dictionary<Guid, string>> OrganisationNamesAsync(
        NetworkDbContext db,
        IEnumerable<Guid> ids,
        CancellationToken ct
    )
    {
        var list = ids.Distinct().ToList();
        return await db
            .Organisations.AsNoTracking()
            .Where(o => list.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
