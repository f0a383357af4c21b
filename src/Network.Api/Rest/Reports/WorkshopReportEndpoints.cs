using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Network.Api.Rest.Common;
using Network.Application.Reports;

namespace Network.Api.Rest.Reports;

/// <summary>The workshop's report (verslag): JSON, a printable HTML page, or that page as PDF.</summary>
public static class WorkshopReportEndpoints
{
    public static RouteGroupBuilder MapWorkshopReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/workshops/{id:guid}/report",
                async Task<IResult> (
                    Guid id,
                    HttpContext http,
                    WorkshopReportService service,
                    ChromiumPdf pdf,
                    CancellationToken ct,
                    string? format = null,
                    string? lang = null
                ) =>
                {
                    var chosen = Negotiate(http.Request, format);
                    if (chosen is null)
                        return TypedResults.Problem(
                            statusCode: StatusCodes.Status406NotAcceptable,
                            detail: "The report is available as application/json, text/html or application/pdf."
                        );
                    if (lang is not null and not ("nl" or "en"))
                        return TypedResults.ValidationProblem(
                            new Dictionary<string, string[]> { ["lang"] = ["must be nl or en"] },
                            detail: "lang must be nl or en."
                        );
                    var report = await service.ForWorkshopAsync(id, ct);
                    if (chosen == "json")
                        return TypedResults.Ok(report);
                    var html = WorkshopReportHtml.For(report, english: lang == "en");
                    if (chosen == "html")
                        return TypedResults.Text(html, "text/html; charset=utf-8");
                    try
                    {
                        var bytes = await pdf.RenderAsync(html, ct);
                        http.Response.Headers[HeaderNames.ContentDisposition] =
                            $"inline; filename=\"verslag-werkatelier-{report.Date:yyyy-MM-dd}.pdf\"";
                        return TypedResults.Bytes(bytes, "application/pdf");
                    }
                    catch (PdfUnavailableException e)
                    {
                        return TypedResults.Problem(
                            statusCode: StatusCodes.Status503ServiceUnavailable,
                            detail: e.Message
                        );
                    }
                }
            )
            .WithTags("Reports")
            .WithSummary(
                "A workshop's report (verslag): outcomes, network before and after, recommendations, follow-up"
            )
            .WithDescription(
                "For the coordinators of the workshop's municipality and admins. In Dutch, or English with `?lang=en`. "
                    + "Formats: `application/json` (default), `text/html` (printable) and `application/pdf` (the same page "
                    + "printed by headless Chromium; 503 when this server cannot render PDFs), or `?format=json|html|pdf`. "
                    + "Every recommendation lists its evidence: what participants said or agreed, scores, network data."
            )
            .Produces<WorkshopReportDto>(200, "application/json", "text/html", "application/pdf")
            .ProducesCommonProblems(400, 404, 406, 503);

        api.MapGet(
                "/municipalities/{code}/workshop-history",
                async (string code, WorkshopHistoryService service, CancellationToken ct) =>
                    TypedResults.Ok(await service.ForMunicipalityAsync(code, ct))
            )
            .WithTags("Reports")
            .WithSummary("A municipality's workshops over time: themes, network growth, open follow-up actions")
            .WithDescription(
                "For the coordinators of the municipality and admins. Per workshop (oldest first) the network the day "
                    + "before it and the day before the next one (people, confirmed trust, domains linked); the themes "
                    + "raised across workshops; the agreements still open, overdue ones marked. Also shown in the "
                    + "municipality's network report (`?format=html`)."
            )
            .Produces<WorkshopHistoryDto>()
            .ProducesCommonProblems(404);
        return api;
    }

    private static string? Negotiate(HttpRequest request, string? format)
    {
        if (format is not null)
        {
            var f = format.ToLowerInvariant();
            return f is "json" or "html" or "pdf" ? f : null;
        }
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return "json";
        foreach (var media in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (media.Quality == 0)
                continue;
            switch (media.MediaType.Value?.ToLowerInvariant())
            {
                case "application/json" or "application/*" or "*/*":
                    return "json";
                case "text/html":
                    return "html";
                case "application/pdf":
                    return "pdf";
            }
        }
        return null;
    }
}
