namespace Network.Domain.Audit;

/// <summary>
/// An append-only record of a restricted read or a change: who, what, when, outcome. Never the concern
/// behind a lookup. The database refuses updates and deletes of this table (triggers in the migration).
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string ActorId { get; init; } // token subject
    public required string ActorRole { get; init; }
    public Guid? ActorProfessionalId { get; init; }
    public required string Action { get; init; } // e.g. "contact-point.read", "organisation.update"
    public required string SubjectType { get; init; }
    public required string SubjectId { get; init; }

    /// <summary>The professional whose data was read or changed, so they can see who viewed their details.</summary>
    public Guid? SubjectProfessionalId { get; init; }
    public string? MunicipalityCode { get; init; }
    public required string Outcome { get; init; } // "allowed", "denied", "succeeded"
    public string? Detail { get; init; }
}
