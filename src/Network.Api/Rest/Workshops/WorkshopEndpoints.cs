using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Workshops;

namespace Network.Api.Rest.Workshops;

public static class WorkshopEndpoints
{
    public static RouteGroupBuilder MapWorkshopEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workshops").WithTags("Workshops");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    WorkshopService service,
                    CancellationToken ct,
                    string? municipality = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new WorkshopFilter(municipality),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List workshops (werkateliers) of your municipalities")
            .WithDescription(
                "Newest first. Filter by municipality (CBS code). Pages with a cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400);

        group
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, WorkshopService service, CancellationToken ct) =>
            {
                var workshop = await service.GetAsync(id, ct);
                return http.WithETag(workshop.Version, TypedResults.Ok(workshop));
            })
            .WithSummary("Get one workshop")
            .WithDescription(
                "Readable by professionals and coordinators of its municipality and by administrators; system clients "
                    + "and anyone else get 404. `participants` counts only the participants you could open yourself. "
                    + "`If-None-Match` with the `ETag` answers 304 while it is unchanged, and PUT takes the `ETag` as "
                    + "`If-Match`."
            )
            .WithConditionalRead()
            .Produces<WorkshopDto>()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "",
                async (NewWorkshopInput input, HttpContext http, WorkshopService service, CancellationToken ct) =>
                {
                    var workshop = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = ETags.Of(workshop.Version);
                    return TypedResults.Created($"/api/v1/workshops/{workshop.Id}", workshop);
                }
            )
            .WithSummary("Create a workshop (coordinators of the municipality, admins)")
            .WithDescription(
                $"Seats 1..{WorkshopService.MaxSeats} (default {WorkshopService.DefaultSeats}); at most {WorkshopService.MaxFacilitators} facilitators (the trainers' names)."
            )
            .Accepts<NewWorkshopInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPut(
                "/{id:guid}",
                async (Guid id, WorkshopInput input, HttpContext http, WorkshopService service, CancellationToken ct) =>
                {
                    var workshop = await service.UpdateAsync(id, input, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(workshop.Version, TypedResults.Ok(workshop));
                }
            )
            .WithSummary("Replace a workshop's details (needs If-Match)")
            .WithDescription(
                "Coordinators of its municipality and administrators (403 for professionals who see it, 404 for "
                    + "anyone else); the municipality stays. `seats` is 1 to 40 and not below the participants already "
                    + "registered (400 otherwise). Needs `If-Match` (428 without, 412 when stale); audited "
                    + "(`workshop.update`)."
            )
            .Accepts<WorkshopInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group.MapWorkshopParticipantEndpoints();
        group.MapWorkshopTrustEndpoints();
        group.MapWorkshopOutcomeEndpoints();
        return api;
    }
}
