using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;

namespace Network.Application.Audit;

public sealed record AuditEventDto(long Id, DateTimeOffset OccurredAt, string ActorId, string ActorRole, Guid? ActorProfessionalId,
    string Action, string SubjectType, string SubjectId, Guid? SubjectProfessionalId, string? MunicipalityCode, string Outcome, string? Detail);

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

        if (filter.Municipality is { } m) query = query.Where(a => a.MunicipalityCode == m);
        if (filter.Action is { } action) query = query.Where(a => a.Action == action);
        if (filter.Professional is { } p) query = query.Where(a => a.SubjectProfessionalId == p || a.ActorProfessionalId == p);

        var result = await query.OrderByDescending(a => a.Id).ToPageAsync(page, ct);
        return result.Map(a => new AuditEventDto(a.Id, a.OccurredAt, a.ActorId, a.ActorRole, a.ActorProfessionalId, a.Action,
            a.SubjectType, a.SubjectId, a.SubjectProfessionalId, a.MunicipalityCode, a.Outcome, a.Detail));
    }
}
