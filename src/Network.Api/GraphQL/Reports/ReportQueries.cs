using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Reports;
using Network.Application.Workshops;
using Network.Domain.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary><c>networkReport</c> and <c>workshopNetworkReport</c> (REST: the JSON of the network-report resources).</summary>
public sealed class ReportQueries
{
    [Description("The network report of a municipality (its coordinators, admins); NOT_FOUND for anyone else.")]
    public static async Task<NetworkReport?> NetworkReport(
        [FromServices] NetworkReportService reports,
        [Description("CBS code, e.g. GM9901.")] string municipality,
        CancellationToken ct
    ) => await reports.ForMunicipalityAsync(municipality, ct);

    [Description(
        "A workshop's effect on its municipality's network, before and after (coordinators, admins); NOT_FOUND for anyone else."
    )]
    public static async Task<WorkshopNetworkReport?> WorkshopNetworkReport(
        [FromServices] NetworkReportService reports,
        [Id, Description("The workshop's global id.")] string workshopId,
        CancellationToken ct
    ) => await reports.ForWorkshopAsync(Nodes.IdOf<WorkshopDto>(workshopId), ct);

    [Description(
        "A workshop's report (verslag): outcomes, the network before and after with newcomers, recommendations with "
            + "their evidence, follow-up actions (coordinators, admins); NOT_FOUND for anyone else. REST: GET …/report."
    )]
    public static async Task<WorkshopReportDto?> WorkshopReport(
        [FromServices] WorkshopReportService reports,
        [Id, Description("The workshop's global id.")] string workshopId,
        CancellationToken ct
    ) => await reports.ForWorkshopAsync(Nodes.IdOf<WorkshopDto>(workshopId), ct);

    [Description(
        "A municipality's workshops over time: themes, how the network grew, open follow-up actions (coordinators, "
            + "admins); NOT_FOUND for anyone else. REST: GET /api/v1/municipalities/{code}/workshop-history."
    )]
    public static async Task<WorkshopHistoryDto?> WorkshopHistory(
        [FromServices] WorkshopHistoryService history,
        [Description("CBS code, e.g. GM9901.")] string municipality,
        CancellationToken ct
    ) => await history.ForMunicipalityAsync(municipality, ct);
}
