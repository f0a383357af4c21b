using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Network.Api.Rest.Common;
using Network.Application.Reports;
using Network.Domain.Reports;

namespace Network.Api.Rest.Reports;

/// <summary>
/// The network report in three formats: JSON (default), CSV (a flat table of findings) and a printable HTML page
/// with inline SVG charts. Chosen by the Accept header, or by <c>?format=json|csv|html</c> (a link a browser can open).
/// </summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/municipalities/{code}/network-report",
                async Task<IResult> (
                    string code,
                    HttpContext http,
                    NetworkReportService service,
                    WorkshopHistoryService history,
                    CancellationToken ct,
                    string? format = null
                ) =>
                {
                    var chosen = Negotiate(http.Request, format);
                    if (chosen is null)
                        return NotAcceptable();
                    var report = await service.ForMunicipalityAsync(code, ct);
                    return chosen switch
                    {
                        ReportFormat.Csv => Csv(ReportCsv.For(report), $"network-report-{report.MunicipalityCode}.csv"),
                        ReportFormat.Html => Html(ReportHtml.For(report, await history.ForMunicipalityAsync(code, ct))),
                        _ => TypedResults.Ok(report),
                    };
                }
            )
            .WithTags("Reports")
            .WithSummary("Network report of a municipality (coordinators of it, admins)")
            .WithDescription(ReportDescription)
            .Produces<NetworkReport>(200, "application/json", "text/csv", "text/html")
            .ProducesCommonProblems(404, 406);

        api.MapGet(
                "/workshops/{id:guid}/network-report",
                async Task<IResult> (
                    Guid id,
                    HttpContext http,
                    NetworkReportService service,
                    CancellationToken ct,
                    string? format = null
                ) =>
                {
                    var chosen = Negotiate(http.Request, format);
                    if (chosen is null)
                        return NotAcceptable();
                    var report = await service.ForWorkshopAsync(id, ct);
                    return chosen switch
                    {
                        ReportFormat.Csv => Csv(ReportCsv.For(report), $"workshop-report-{report.Date:yyyy-MM-dd}.csv"),
                        ReportFormat.Html => Html(ReportHtml.For(report)),
                        _ => TypedResults.Ok(report),
                    };
                }
            )
            .WithTags("Reports")
            .WithSummary("A workshop's effect on the network: the report the day before it and now")
            .WithDescription(
                "`before` is the network as of the day before the workshop, without the trust it produced; `after` is now. "
                    + ReportDescription
            )
            .Produces<WorkshopNetworkReport>(200, "application/json", "text/csv", "text/html")
            .ProducesCommonProblems(404, 406);

        return api;
    }

    private const string ReportDescription =
        "Counts by domain and organisation, the domain × domain matrix of confirmed trust, people without trust, bridges and "
        + "articulation points (single points of failure), routing gaps, stale entries, trust past reconfirmation, and "
        + "recommendations in Dutch and English with their evidence. Formats: `application/json` (default), `text/csv`, "
        + "`text/html` (printable, inline SVG), or `?format=json|csv|html`.";

    private enum ReportFormat
    {
        Json,
        Csv,
        Html,
    }

    private static ReportFormat? Negotiate(HttpRequest request, string? format)
    {
        if (format is not null)
            return format.ToLowerInvariant() switch
            {
                "json" => ReportFormat.Json,
                "csv" => ReportFormat.Csv,
                "html" => ReportFormat.Html,
                _ => null,
            };
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return ReportFormat.Json;
        foreach (var media in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (media.Quality == 0)
                continue;
            var type = media.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case "application/json" or "application/*" or "*/*":
                    return ReportFormat.Json;
                case "text/csv":
                    return ReportFormat.Csv;
                case "text/html":
                    return ReportFormat.Html;
            }
        }
        return null;
    }

    private static ProblemHttpResult NotAcceptable() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            detail: "The report is available as application/json, text/csv or text/html."
        );

    private static TextResult Csv(string body, string fileName) =>
        new TextResult(body, "text/csv; charset=utf-8", fileName);

    private static TextResult Html(string body) => new TextResult(body, "text/html; charset=utf-8", null);

    private sealed class TextResult(string body, string contentType, string? downloadName) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = contentType;
            if (downloadName is not null)
                http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{downloadName}\"";
            return http.Response.WriteAsync(body, http.RequestAborted);
        }
    }
}
