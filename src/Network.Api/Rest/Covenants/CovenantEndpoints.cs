using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Covenants;

namespace Network.Api.Rest.Covenants;

public static class CovenantEndpoints
{
    public static RouteGroupBuilder MapCovenantEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/covenants").WithTags("Covenants");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    CovenantService service,
                    CancellationToken ct,
                    string? municipality = null,
                    Guid? organisation = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new CovenantFilter(municipality, organisation),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List the information-sharing agreements of your municipalities")
            .WithDescription("Filter by municipality (CBS code) and by a signatory organisation's id.")
            .ProducesCommonProblems(400);

        group
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, CovenantService service, CancellationToken ct) =>
            {
                var covenant = await service.GetAsync(id, ct);
                return http.WithETag(covenant.Version, TypedResults.Ok(covenant));
            })
            .WithSummary("Get one covenant")
            .WithConditionalRead()
            .Produces<CovenantDto>()
            .ProducesCommonProblems(404);

        group
            .MapPost("", async (CovenantInput input, HttpContext http, CovenantService service, CancellationToken ct) =>
            {
                var covenant = await service.CreateAsync(input, ct);
                http.Response.Headers.ETag = ETags.Of(covenant.Version);
                return TypedResults.Created($"/api/v1/covenants/{covenant.Id}", covenant);
            })
            .WithSummary("Record a covenant (coordinators of all its municipalities, admins)")
            .Accepts<CovenantInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPut(
                "/{id:guid}",
                async (Guid id, CovenantInput input, HttpContext http, CovenantService service, CancellationToken ct) =>
                {
                    var covenant = await service.UpdateAsync(id, input, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(covenant.Version, TypedResults.Ok(covenant));
                }
            )
            .WithSummary("Replace a covenant's details (needs If-Match)")
            .Accepts<CovenantInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
