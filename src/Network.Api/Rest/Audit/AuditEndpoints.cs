using Network.Api.Rest.Common;
using Network.Application.Audit;
using Network.Application.Common;

namespace Network.Api.Rest.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/audit-events",
                async (
                    HttpRequest request,
                    AuditQueries queries,
                    CancellationToken ct,
                    string? municipality = null,
                    string? action = null,
                    Guid? professional = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await queries.ListAsync(
                                new AuditFilter(municipality, action, professional),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithTags("Audit")
            .WithSummary(
                "The audit trail of your municipalities (coordinators, admins): restricted reads and every change"
            )
            .WithDescription(
                "Coordinators read the events of their municipalities, administrators every event, including those "
                    + "tied to no municipality such as catalogue changes; anyone else gets 403 (professionals see who read "
                    + "their details at GET /me/restricted-reads). Filter by `municipality`, by exact `action` (such as "
                    + "`organisation.update` or `contact-point.read`) and by `professional` (as actor or subject); newest "
                    + "first, pages with a cursor: follow `links.next`. Nothing changes or deletes the trail."
            )
            .ProducesCommonProblems(400, 403);
        return api;
    }
}
