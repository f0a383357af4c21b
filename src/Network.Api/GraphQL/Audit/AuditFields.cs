using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Audit;

/// <summary><c>auditEvents</c> (filters of GET /api/v1/audit-events); the events are <see cref="AuditEventDto"/>s.</summary>
public sealed class AuditEventQueries
{
    [Description("The audit trail of your municipalities (coordinators, admins), newest first.")]
    public static Task<Page<AuditEventDto>> AuditEvents(
        [FromServices] AuditQueries audit,
        PageRequest page,
        [Description("Only this municipality (CBS code).")] string? municipality,
        [Description("Only this action, e.g. organisation.update.")] string? action,
        [Id, Description("Only events about this professional (global id).")] string? professional,
        CancellationToken ct
    ) =>
        audit.ListAsync(
            new AuditFilter(municipality, action, Nodes.OptionalIdOf<ProfessionalDto>(professional)),
            page,
            ct
        );
}
