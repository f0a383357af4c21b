using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.EscalationRoutes;

namespace Network.Api.Rest.EscalationRoutes;

public static class RouteEndpoints
{
    public static RouteGroupBuilder MapRouteEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/routes").WithTags("Escalation routes");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    RouteService service,
                    CancellationToken ct,
                    string? municipality = null,
                    string? concernType = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new RouteFilter(municipality, concernType),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List the escalation ladders of your municipalities")
            .WithDescription(
                "Filter by municipality (CBS code) and concern type. Steps are in order; names are given for contacts you may see."
            )
            .ProducesCommonProblems(400);

        group
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, RouteService service, CancellationToken ct) =>
            {
                var route = await service.GetAsync(id, ct);
                return http.WithETag(route.Version, TypedResults.Ok(route));
            })
            .WithSummary("Get one escalation ladder")
            .WithDescription(
                "Readable by professionals, coordinators and system clients with `network.directory.read` of its "
                    + "municipality, and by administrators; 404 for anyone else. A step naming a professional or "
                    + "organisation you may not see gives its id without the name. `If-None-Match` with the `ETag` answers "
                    + "304 while what you would be shown is unchanged."
            )
            .WithConditionalRead()
            .Produces<RouteDto>()
            .ProducesCommonProblems(404);

        group
            .MapPost("", async (RouteCreateInput input, HttpContext http, RouteService service, CancellationToken ct) =>
            {
                var route = await service.CreateAsync(input, ct);
                http.Response.Headers.ETag = ETags.Of(route.Version);
                return TypedResults.Created($"/api/v1/routes/{route.Id}", route);
            })
            .WithSummary("Create the ladder for a concern type in a municipality (its coordinators, admins)")
            .WithDescription(
                "One route per municipality and concern type: a second one answers 409; replace its steps instead."
            )
            .Accepts<RouteCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{id:guid}",
                async (Guid id, RouteUpdateInput input, HttpContext http, RouteService service, CancellationToken ct) =>
                {
                    var route = await service.UpdateAsync(id, input, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(route.Version, TypedResults.Ok(route));
                }
            )
            .WithSummary("Replace a ladder's steps (needs If-Match)")
            .WithDescription(
                "Coordinators of its municipality and administrators (403 for other readers, 404 for a route you "
                    + "cannot see). Replaces all `steps` (at most 10): a professional step names an active professional in "
                    + "this municipality's network and an organisation step an active organisation serving it, else 400 for "
                    + "that step. Needs `If-Match` (428 without, 412 when stale); audited (`route.update`) and published in "
                    + "the change feed."
            )
            .Accepts<RouteUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
