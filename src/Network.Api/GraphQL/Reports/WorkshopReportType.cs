using GraphQL.Types;
using Network.Domain.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary>A workshop's effect: the report before and after it, and the difference.</summary>
public sealed class WorkshopNetworkReportType : ObjectGraphType<WorkshopNetworkReport>
{
    public WorkshopNetworkReportType()
    {
        Name = "WorkshopNetworkReport";
        Description =
            "A workshop's effect on the network: the report as of the day before (without the trust it produced), the report now, and what changed.";
        Field<NonNullGraphType<IdGraphType>>("workshopId")
            .Description("Global id of the workshop.")
            .Resolve(ctx => ReportIds.Workshop(ctx.Source.WorkshopId));
        Field(r => r.Title).Description("The workshop's title.");
        Field(r => r.Date).Description("The day it took place.");
        Field(r => r.Participants).Description("Registered participants.");
        Field(r => r.Attended).Description("Participants marked present.");
        Field<NonNullGraphType<NetworkReportType>>("before")
            .Description("The network before the workshop.")
            .Resolve(ctx => ctx.Source.Before);
        Field<NonNullGraphType<NetworkReportType>>("after")
            .Description("The network now.")
            .Resolve(ctx => ctx.Source.After);
        Field<NonNullGraphType<WorkshopDeltaType>>("delta")
            .Description("What changed between them.")
            .Resolve(ctx => ctx.Source.Delta);
    }
}

public sealed class WorkshopDeltaType : ObjectGraphType<WorkshopDelta>
{
    public WorkshopDeltaType()
    {
        Name = "WorkshopDelta";
        Description = "What changed in the network between before and after a workshop.";
        Field(d => d.TrustFromWorkshop).Description("Confirmed trust relationships with the workshop as provenance.");
        Field(d => d.ConfirmedTrustBefore).Description("Confirmed trust before.");
        Field(d => d.ConfirmedTrustAfter).Description("Confirmed trust after.");
        Field(d => d.WithoutTrustBefore).Description("Professionals without trust before.");
        Field(d => d.WithoutTrustAfter).Description("Professionals without trust after.");
        Field(d => d.ParticipantsWithoutTrustBefore).Description("Participants without trust before.");
        Field(d => d.ParticipantsWithoutTrustAfter)
            .Description("Participants without trust after, pending newcomers from the attendance list included.");
        Field(d => d.PendingParticipants)
            .Description("Participants who have not yet accepted being listed (counted and drawn in this report).");
        Field(d => d.ParticipantsNewToNetwork)
            .Description("Participants who were not in the network the day before (added for or after the workshop).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>(
                "domainLinksGained"
            )
            .Description("Pairs of domain ids that had no confirmed trust between them before and have now.")
            .Resolve(ctx => ctx.Source.DomainLinksGained);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRefType>>>>("singlePointsResolved")
            .Description("Single points of failure that no longer are.")
            .Resolve(ctx => ctx.Source.SinglePointsResolved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRefType>>>>("singlePointsNew")
            .Description("New single points of failure.")
            .Resolve(ctx => ctx.Source.SinglePointsNew);
    }
}
