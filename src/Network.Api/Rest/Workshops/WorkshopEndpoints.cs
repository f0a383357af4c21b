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
            .Accepts<WorkshopInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group.MapWorkshopParticipantEndpoints();
        group.MapWorkshopTrustEndpoints();
        group.MapWorkshopOutcomeEndpoints();
        return api;
    }
}
