using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Professionals;

namespace Network.Application.Audit;

[Description("One entry of the audit trail: a change or a restricted read.")]
public sealed record AuditEventDto(
    [property: Description("The event's number.")] long Id,
    [property: Description("When.")] DateTimeOffset OccurredAt,
    [property: Description("Who (login or client id).")] string ActorId,
    [property: Description("The actor's role.")] string ActorRole,
    [property: References(typeof(ProfessionalDto)), Description("Global id of the actor's professional entry, if any.")]
        Guid? ActorProfessionalId,
    [property: Description("What, e.g. organisation.update.")] string Action,
    [property: Description("The kind of object acted on.")] string SubjectType,
    [property: Description("The object's id.")] string SubjectId,
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional concerned, if any.")]
        Guid? SubjectProfessionalId,
    [property: Description("The municipality concerned.")] string? MunicipalityCode,
    [property: Description("How it ended.")] string Outcome,
    [property: Description("More detail, e.g. the visibility rule.")] string? Detail
);

public sealed record AuditFilter(string? Municipality = null, string? Action = null, Guid? Professional = null);

/// <summary>Coordinators read their municipalities' audit trail; admins all of it. Nobody changes it.</summary>
public sealed class AuditQueries(NetworkDbContext db, AccessPolicy access)
{
    public async Task<Page<AuditEventDto>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = access.VisibleAuditEvents(db.AuditEvents.AsNoTracking()); // refuses those who read none of it
        var v = new Validator();
        page.Validate(v);
        v.Text("action", filter.Action, 100);
        v.ThrowIfInvalid();

        if (filter.Municipality is { } m)
            query = query.Where(a => a.MunicipalityCode == m);
        if (filter.Action is { } action)
            query = query.Where(a => a.Action == action);
        if (filter.Professional is { } p)
            query = query.Where(a => a.SubjectProfessionalId == p || a.ActorProfessionalId == p);

        var result = await query.OrderByDescending(a => a.Id).ToPageAsync(page, ct);
        return result.Map(a => new AuditEventDto(
            a.Id,
            a.OccurredAt,
            a.ActorId,
            a.ActorRole,
            a.ActorProfessionalId,
            a.Action,
            a.SubjectType,
            a.SubjectId,
            a.SubjectProfessionalId,
            a.MunicipalityCode,
            a.Outcome,
            a.Detail
        ));
    }
}
