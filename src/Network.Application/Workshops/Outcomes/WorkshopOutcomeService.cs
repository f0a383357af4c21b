using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Workshops;

namespace Network.Application.Workshops.Outcomes;

/// <summary>
/// Records what came out of a workshop: dilemmas, solutions and trust needs by learning aim, agreements between
/// organisations as follow-up actions, anonymous evaluations, and who besides the coordinators may record them.
/// Who may is decided in <see cref="AccessPolicy.CanRecordOutcomes"/>; all free text passes the case-data guard.
/// </summary>
public sealed class WorkshopOutcomeService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    CatalogueChecks catalogues,
    TimeProvider clock
)
{
    public async Task<WorkshopOutcomesDto> GetAsync(Guid workshopId, CancellationToken ct)
    {
        var workshop = await LoadAsync(workshopId, tracking: false, ct);
        access.EnsureCanReadOutcomes(workshop);
        return await OutcomeReader.ReadAsync(db, workshop, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
    }

    public async Task<IReadOnlyList<OutcomeItemDto>> ListItemsAsync(Guid workshopId, CancellationToken ct) =>
        (await GetAsync(workshopId, ct)).Items;

    public async Task<IReadOnlyList<AgreementDto>> ListAgreementsAsync(Guid workshopId, CancellationToken ct) =>
        (await GetAsync(workshopId, ct)).Agreements;

    public async Task<OutcomeItemDto> AddItemAsync(Guid workshopId, OutcomeItemInput input, CancellationToken ct)
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        await ValidateAsync(input, ct);
        if (await db.WorkshopOutcomeItems.CountAsync(i => i.WorkshopId == workshopId, ct) >= OutcomeLimits.MaxItems)
            throw new ConflictException($"A workshop holds at most {OutcomeLimits.MaxItems} outcome items.");
        var now = clock.GetUtcNow();
        var item = new WorkshopOutcomeItem
        {
            WorkshopId = workshop.Id,
            Text = "",
            CreatedAt = now,
        };
        Apply(item, input, now);
        db.WorkshopOutcomeItems.Add(item);
        audit.Changed("workshop.outcome-add", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return OutcomeReader.Item(item);
    }

    public async Task<OutcomeItemDto> UpdateItemAsync(
        Guid workshopId,
        Guid itemId,
        OutcomeItemInput input,
        CancellationToken ct
    )
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        var item = await db.WorkshopOutcomeItems.FirstOrDefaultAsync(
            i => i.Id == itemId && i.WorkshopId == workshopId,
            ct
        ) ?? throw new NotFoundException("outcome item");
        await ValidateAsync(input, ct);
        Apply(item, input, clock.GetUtcNow());
        audit.Changed("workshop.outcome-update", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return OutcomeReader.Item(item);
    }

    public async Task RemoveItemAsync(Guid workshopId, Guid itemId, CancellationToken ct)
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        var item = await db.WorkshopOutcomeItems.FirstOrDefaultAsync(
            i => i.Id == itemId && i.WorkshopId == workshopId,
            ct
        ) ?? throw new NotFoundException("outcome item");
        db.WorkshopOutcomeItems.Remove(item);
        audit.Changed("workshop.outcome-remove", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
    }

    public async Task<AgreementDto> AddAgreementAsync(Guid workshopId, AgreementInput input, CancellationToken ct)
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        await ValidateAsync(workshop, input, ct);
        var now = clock.GetUtcNow();
        var agreement = new WorkshopAgreement
        {
            WorkshopId = workshop.Id,
            Text = "",
            CreatedAt = now,
        };
        Apply(agreement, input, now);
        db.WorkshopAgreements.Add(agreement);
        audit.Changed("workshop.agreement-add", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return await OutcomeReader.AgreementAsync(db, agreement, Today, ct);
    }

    public async Task<AgreementDto> UpdateAgreementAsync(
        Guid workshopId,
        Guid agreementId,
        AgreementInput input,
        CancellationToken ct
    )
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        var agreement = await db.WorkshopAgreements.FirstOrDefaultAsync(
            a => a.Id == agreementId && a.WorkshopId == workshopId,
            ct
        ) ?? throw new NotFoundException("agreement");
        await ValidateAsync(workshop, input, ct);
        Apply(agreement, input, clock.GetUtcNow());
        audit.Changed("workshop.agreement-update", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return await OutcomeReader.AgreementAsync(db, agreement, Today, ct);
    }

    public async Task RemoveAgreementAsync(Guid workshopId, Guid agreementId, CancellationToken ct)
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        var agreement = await db.WorkshopAgreements.FirstOrDefaultAsync(
            a => a.Id == agreementId && a.WorkshopId == workshopId,
            ct
        ) ?? throw new NotFoundException("agreement");
        db.WorkshopAgreements.Remove(agreement);
        audit.Changed("workshop.agreement-remove", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A participant submits their own evaluation, once; a coordinator or facilitator records one from a paper form.
    /// Either way it is stored without a name, and a workshop holds at most one per registered participant.
    /// </summary>
    public async Task<EvaluationReceipt> SubmitEvaluationAsync(
        Guid workshopId,
        EvaluationInput input,
        CancellationToken ct
    )
    {
        var workshop = await LoadAsync(workshopId, tracking: true, ct);
        var self = access.EnsureCanSubmitEvaluation(workshop);
        Validate(new Validator(), "", input).ThrowIfInvalid();
        if (self is { } me)
        {
            var participant = workshop.Participants.Single(p => p.ProfessionalId == me);
            if (participant.EvaluationSubmitted)
                throw new ConflictException("You already submitted your evaluation of this workshop.");
            participant.EvaluationSubmitted = true;
        }
        await EnsureRoomAsync(workshop, 1, ct);
        db.WorkshopEvaluations.Add(New(workshop, input));
        // No subject person: the trail says an evaluation was recorded, never whose.
        audit.Changed("workshop.evaluation-add", "workshop", workshop.Id, workshop.MunicipalityCode);
        await WorkshopService.SaveAsync(db, ct, conflictOnRace: true);
        return new EvaluationReceipt(true, self is not null, Today);
    }

    /// <summary>Imports paper or survey evaluations as CSV; all or nothing, every bad line reported.</summary>
    public async Task<EvaluationImportResult> ImportEvaluationsAsync(
        Guid workshopId,
        Func<CancellationToken, Task<ReadOnlyMemory<byte>>> readCsv,
        CancellationToken ct
    )
    {
        var workshop = await LoadForWriteAsync(workshopId, ct);
        var parsed = EvaluationCsv.Parse((await readCsv(ct)).Span);
        var v = new Validator();
        foreach (var (key, message) in parsed.Problems)
            v.Add(key, message);
        foreach (var (line, input) in parsed.Rows)
            Validate(v, $"line {line}", input);
        v.ThrowIfInvalid();
        await EnsureRoomAsync(workshop, parsed.Rows.Count, ct);
        db.WorkshopEvaluations.AddRange(parsed.Rows.Select(r => New(workshop, r.Input)));
        audit.Changed(
            "workshop.evaluation-import",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            detail: $"{parsed.Rows.Count} evaluations"
        );
        await db.SaveChangesAsync(ct);
        return new EvaluationImportResult(parsed.Rows.Count, await OutcomeReader.EvaluationsAsync(db, workshop, ct));
    }

    /// <summary>Grants (or revokes, by leaving out) write access to this workshop's outcomes: coordinators, admins.</summary>
    public async Task<WorkshopOutcomesDto> SetEditorsAsync(
        Guid workshopId,
        OutcomeEditorsInput input,
        CancellationToken ct
    )
    {
        var workshop = await LoadAsync(workshopId, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        var ids = (input.ProfessionalIds ?? []).Distinct().ToList();
        var v = new Validator().List("professionalIds", input.ProfessionalIds, OutcomeLimits.MaxEditors);
        var known = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p =>
                ids.Contains(p.Id)
                && p.IsActive
                && p.Municipalities.Any(m => m.MunicipalityCode == workshop.MunicipalityCode)
            )
            .Select(p => p.Id)
            .ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
            v.When(
                !known.Contains(ids[i]),
                $"professionalIds[{i}]",
                "is not an active professional of the workshop's municipality"
            );
        v.ThrowIfInvalid();
        workshop.OutcomeEditors.RemoveAll(e => !ids.Contains(e.ProfessionalId));
        foreach (var id in ids.Where(id => workshop.OutcomeEditors.All(e => e.ProfessionalId != id)))
            workshop.OutcomeEditors.Add(new WorkshopOutcomeEditor { WorkshopId = workshop.Id, ProfessionalId = id });
        WorkshopService.Touch(workshop, clock);
        audit.Changed(
            "workshop.outcome-editors",
            "workshop",
            workshop.Id,
            workshop.MunicipalityCode,
            detail: $"{ids.Count} editors"
        );
        await WorkshopService.SaveAsync(db, ct, conflictOnRace: true);
        return await OutcomeReader.ReadAsync(db, workshop, Today, ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<Workshop> LoadAsync(Guid id, bool tracking, CancellationToken ct) =>
        await access
            .VisibleWorkshops(tracking ? db.Workshops : db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .Include(w => w.OutcomeEditors)
            .AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new NotFoundException("workshop");

    private async Task<Workshop> LoadForWriteAsync(Guid id, CancellationToken ct)
    {
        var workshop = await LoadAsync(id, tracking: false, ct);
        access.EnsureCanRecordOutcomes(workshop);
        return workshop;
    }

    private async Task EnsureRoomAsync(Workshop workshop, int adding, CancellationToken ct)
    {
        var count = await db.WorkshopEvaluations.CountAsync(e => e.WorkshopId == workshop.Id, ct);
        var room = Math.Max(workshop.Participants.Count, 1);
        if (count + adding > room)
            throw new ConflictException(
                $"A workshop holds one evaluation per registered participant: {room}, of which {count} are recorded."
            );
    }

    private WorkshopEvaluation New(Workshop workshop, EvaluationInput input) =>
        new()
        {
            WorkshopId = workshop.Id,
            Signalling = input.Signalling,
            ProfessionalJudgement = input.ProfessionalJudgement,
            WeighingSecrecy = input.WeighingSecrecy,
            LegalFrameworks = input.LegalFrameworks,
            Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            RecordedOn = Today,
        };

    private async Task ValidateAsync(OutcomeItemInput input, CancellationToken ct)
    {
        var v = new Validator()
            .When(input.Kind is null, "kind", "is required")
            .When(input.Aim is null, "aim", "is required")
            .Require("text", input.Text, OutcomeLimits.MaxText, freeText: true)
            .Text("theme", input.Theme, OutcomeLimits.MaxTheme, freeText: true)
            .List("domains", input.Domains, OutcomeLimits.MaxDomains);
        await catalogues.CheckDomainsAsync(v, "domains", input.Domains, ct);
        v.ThrowIfInvalid();
    }

    private async Task ValidateAsync(Workshop workshop, AgreementInput input, CancellationToken ct)
    {
        var v = new Validator()
            .Require("text", input.Text, OutcomeLimits.MaxText, freeText: true)
            .List("organisationIds", input.OrganisationIds, OutcomeLimits.MaxOrganisations, required: true)
            .When(input.OwnerProfessionalId is null, "ownerProfessionalId", "is required");
        var orgIds = (input.OrganisationIds ?? []).ToList();
        var orgs = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o =>
                orgIds.Contains(o.Id) && o.Municipalities.Any(m => m.MunicipalityCode == workshop.MunicipalityCode)
            )
            .Select(o => o.Id)
            .ToListAsync(ct);
        for (var i = 0; i < orgIds.Count; i++)
            v.When(
                !orgs.Contains(orgIds[i]),
                $"organisationIds[{i}]",
                "is not an organisation serving the workshop's municipality"
            );
        if (input.OwnerProfessionalId is { } owner)
        {
            var known = await access
                .VisibleProfessionals(db.Professionals.AsNoTracking())
                .AnyAsync(
                    p =>
                        p.Id == owner
                        && p.IsActive
                        && p.Municipalities.Any(m => m.MunicipalityCode == workshop.MunicipalityCode),
                    ct
                );
            v.When(!known, "ownerProfessionalId", "is not an active professional of the workshop's municipality");
        }
        v.ThrowIfInvalid();
    }

    private static Validator Validate(Validator v, string prefix, EvaluationInput input)
    {
        string Key(string field) => prefix.Length == 0 ? field : prefix;
        var scores = new (string Field, int? Value)[]
        {
            ("signalling", input.Signalling),
            ("professionalJudgement", input.ProfessionalJudgement),
            ("weighingSecrecy", input.WeighingSecrecy),
            ("legalFrameworks", input.LegalFrameworks),
        };
        foreach (var (field, value) in scores)
            v.When(
                value is < WorkshopEvaluation.MinScore or > WorkshopEvaluation.MaxScore,
                Key(field),
                $"{(prefix.Length == 0 ? "" : field + ": ")}must be between {WorkshopEvaluation.MinScore} and {WorkshopEvaluation.MaxScore}"
            );
        v.When(
            scores.All(s => s.Value is null) && string.IsNullOrWhiteSpace(input.Comment),
            Key("signalling"),
            "give at least one score or a comment"
        );
        v.Text(Key("comment"), input.Comment, OutcomeLimits.MaxText, freeText: true);
        return v;
    }

    private static void Apply(WorkshopOutcomeItem item, OutcomeItemInput input, DateTimeOffset now)
    {
        item.Kind = input.Kind!.Value;
        item.Aim = input.Aim!.Value;
        item.Text = input.Text!.Trim();
        item.Theme = string.IsNullOrWhiteSpace(input.Theme) ? null : input.Theme.Trim().ToLowerInvariant();
        item.Domains = (input.Domains ?? []).Distinct(StringComparer.Ordinal).ToList();
        item.UpdatedAt = now;
    }

    private static void Apply(WorkshopAgreement agreement, AgreementInput input, DateTimeOffset now)
    {
        agreement.Aim = input.Aim;
        agreement.Text = input.Text!.Trim();
        agreement.OrganisationIds = input.OrganisationIds!.Distinct().ToList();
        agreement.OwnerProfessionalId = input.OwnerProfessionalId!.Value;
        agreement.DueOn = input.DueOn;
        agreement.Status = input.Status ?? AgreementStatus.Open;
        agreement.UpdatedAt = now;
    }
}
