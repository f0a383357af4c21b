using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Workshops;
using Network.Application.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary><c>networkReport</c> and <c>workshopNetworkReport</c> (REST: the JSON of the network-report resources).</summary>
public sealed class ReportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NetworkReportType>("networkReport")
            .Description("The network report of a municipality (its coordinators, admins); NOT_FOUND for anyone else.")
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "CBS code, e.g. GM9901.")
            .ResolveAsync(async ctx => await ctx.Service<NetworkReportService>().ForMunicipalityAsync(ctx.GetArgument<string>("municipality"), ctx.CancellationToken));

        query.Field<WorkshopNetworkReportType>("workshopNetworkReport")
            .Description("A workshop's effect on its municipality's network, before and after (coordinators, admins); NOT_FOUND for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .ResolveAsync(async ctx => await ctx.Service<NetworkReportService>().ForWorkshopAsync(ctx.IdArgument(WorkshopType.TypeName, "workshopId"), ctx.CancellationToken));
    }
}
