using Network.Api.Rest.Common;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Rest.Catalogues;

public static class ConcernTypeEndpoints
{
    public static RouteGroupBuilder MapConcernTypeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/concern-types").WithTags("Catalogues");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    ConcernTypeService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the concern types (radicalisation, domestic violence, ...)")
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, ConcernTypeService service, CancellationToken ct) =>
            {
                var concern = await service.GetAsync(id, ct);
                return http.WithContentETag(concern, TypedResults.Ok(concern));
            })
            .WithSummary("Get one concern type")
            .WithConditionalRead()
            .Produces<ConcernTypeDto>()
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "",
                async (
                    ConcernTypeCreateInput input,
                    HttpContext http,
                    ConcernTypeService service,
                    CancellationToken ct
                ) =>
                {
                    var concern = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = CatalogueETags.Of(concern);
                    return TypedResults.Created($"/api/v1/concern-types/{concern.Id}", concern);
                }
            )
            .WithSummary("Add a concern type (admins)")
            .Accepts<ConcernTypeCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{id}",
                async (
                    string id,
                    ConcernTypeUpdateInput input,
                    HttpContext http,
                    ConcernTypeService service,
                    CancellationToken ct
                ) =>
                {
                    var concern = await service.UpdateAsync(id, input, CatalogueETags.IfMatch(http.Request), ct);
                    return http.WithContentETag(concern, TypedResults.Ok(concern));
                }
            )
            .WithSummary("Replace a concern type (admins; needs If-Match)")
            .Accepts<ConcernTypeUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
