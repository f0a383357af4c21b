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
            .WithDescription(
                "Readable by professionals, coordinators and system clients with `network.directory.read` of any of "
                    + "its municipalities, and by administrators; 404 otherwise. `signatories` lists only the organisations "
                    + "you may see. `If-None-Match` with the `ETag` answers 304 while what you would be shown is unchanged."
            )
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
            .WithDescription(
                "A coordinator must coordinate every municipality in `municipalities` (400 on that field otherwise); "
                    + "professionals and system clients get 403. It needs at least two `signatories`, each an organisation "
                    + "you can see, and a `validFrom`, with any `validUntil` not before it. Audited (`covenant.create`) and "
                    + "published in the change feed."
            )
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
            .WithDescription(
                "Only someone who coordinates every one of its municipalities, or an administrator (403 for other "
                    + "readers, 404 for a covenant you cannot see). Signatories you cannot see are kept, as you could not "
                    + "have sent them back. Needs `If-Match` (428 without, 412 when stale); audited (`covenant.update`) and "
                    + "published in the change feed."
            )
            .Accepts<CovenantInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
