using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Audit;

namespace Network.Api.GraphQL.Audit;

/// <summary>One entry of the audit trail.</summary>
public sealed class AuditEventType : ObjectGraphType<AuditEventDto>
{
    public AuditEventType()
    {
        Name = "AuditEvent";
        Description = "One entry of the audit trail: a change or a restricted read.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The event's number.").Resolve(ctx => ctx.Source.Id.ToString());
        Field(e => e.OccurredAt).Description("When.");
        Field(e => e.ActorId).Description("Who (login or client id).");
        Field(e => e.ActorRole).Description("The actor's role.");
        Field<IdGraphType>("actorProfessionalId").Description("Global id of the actor's professional entry, if any.")
            .Resolve(ctx => ctx.Source.ActorProfessionalId is { } id ? GlobalId.Encode(ProfessionalType.TypeName, id) : null);
        Field(e => e.Action).Description("What, e.g. organisation.update.");
        Field(e => e.SubjectType).Description("The kind of object acted on.");
        Field(e => e.SubjectId).Description("The object's id.");
        Field<IdGraphType>("subjectProfessionalId").Description("Global id of the professional concerned, if any.")
            .Resolve(ctx => ctx.Source.SubjectProfessionalId is { } id ? GlobalId.Encode(ProfessionalType.TypeName, id) : null);
        Field(e => e.MunicipalityCode, nullable: true).Description("The municipality concerned.");
        Field(e => e.Outcome).Description("How it ended.");
        Field(e => e.Detail, nullable: true).Description("More detail, e.g. the visibility rule.");
    }
}

/// <summary><c>auditEvents</c> (filters of GET /api/v1/audit-events).</summary>
public sealed class AuditQueriesFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<AuditEventType>("auditEvents", "The audit trail of your municipalities (coordinators, admins), newest first.")
            .Argument<StringGraphType>("municipality", "Only this municipality (CBS code).")
            .Argument<StringGraphType>("action", "Only this action, e.g. organisation.update.")
            .Argument<IdGraphType>("professional", "Only events about this professional (global id).")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<AuditQueries>().ListAsync(
                new AuditFilter(ctx.GetArgument<string?>("municipality"), ctx.GetArgument<string?>("action"),
                    ctx.OptionalIdArgument(ProfessionalType.TypeName, "professional")), page, ct)));
}
