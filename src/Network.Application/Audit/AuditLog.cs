using Network.Application.Access;
using Network.Application.Persistence;
using Network.Domain.Audit;

namespace Network.Application.Audit;

/// <summary>
/// Records restricted reads and every change. Change events are added to the same unit of work as the
/// change, so both are saved or neither is. Never records the concern behind a lookup.
/// </summary>
public sealed class AuditLog(NetworkDbContext db, ICurrentViewer current, TimeProvider clock)
{
    public void Changed(
        string action,
        string subjectType,
        object subjectId,
        string? municipalityCode,
        Guid? subjectProfessionalId = null,
        string? detail = null
    ) => Add(action, subjectType, subjectId, municipalityCode, subjectProfessionalId, "succeeded", detail);

    /// <summary>The action and outcome of a restricted read (owners' /me/restricted-reads selects by it).</summary>
    public const string RestrictedReadAction = "contact-point.read";
    public const string RestrictedReadOutcome = "allowed";

    public void RestrictedRead(
        string subjectType,
        object subjectId,
        Guid ownerId,
        string? municipalityCode,
        string rule
    ) => Add(RestrictedReadAction, subjectType, subjectId, municipalityCode, ownerId, RestrictedReadOutcome, rule);

    private void Add(
        string action,
        string subjectType,
        object subjectId,
        string? municipalityCode,
        Guid? subjectProfessionalId,
        string outcome,
        string? detail
    )
    {
        var actor = Actor.Of(current.Viewer);
        db.AuditEvents.Add(
            new AuditEvent
            {
                OccurredAt = clock.GetUtcNow(),
                ActorId = actor.Id,
                ActorRole = actor.Role,
                ActorProfessionalId = actor.ProfessionalId,
                Action = action,
                SubjectType = subjectType,
                SubjectId = subjectId.ToString()!,
                SubjectProfessionalId = subjectProfessionalId,
                MunicipalityCode = municipalityCode,
                Outcome = outcome,
                Detail = detail,
            }
        );
    }
}

/// <summary>Who acted, as an audit event records them (shared by every writer of audit events).</summary>
public readonly record struct Actor(string Id, string Role, Guid? ProfessionalId)
{
    public static Actor Of(Viewer viewer) =>
        new(viewer.Subject, viewer.Role.ToString().ToLowerInvariant(), viewer.ProfessionalId);
}
