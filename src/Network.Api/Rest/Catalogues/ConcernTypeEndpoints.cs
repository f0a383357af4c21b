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
            .WithDescription(
                "Each concern type with its `description` and the `expertiseTags` of professionals who fit it, for "
                    + "every signed-in principal (a system client needs `network.directory.read`, else 403); its `id` is "
                    + "what routes and lookups take as `concernType`. Ordered by `id`; pages with a cursor: follow "
                    + "`links.next`."
            )
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, ConcernTypeService service, CancellationToken ct) =>
            {
                var concern = await service.GetAsync(id, ct);
                return http.WithContentETag(concern, TypedResults.Ok(concern));
            })
            .WithSummary("Get one concern type")
            .WithDescription(
                "403 for a system client without `network.directory.read`, 404 for an unknown id. The `ETag` is a "
                    + "hash of the content: `If-None-Match` answers 304 while it is unchanged, and PUT takes it as "
                    + "`If-Match`."
            )
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
            .WithDescription(
                "Administrators only (403 otherwise). `id` is a lowercase slug (such as `radicalisation`), fixed once "
                    + "created, 409 when it is taken; `expertiseTags` must be slugs too. Answers 201 with `Location`; "
                    + "audited (`concern-type.create`) and published in the change feed."
            )
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
            .WithDescription(
                "Administrators only (403 otherwise); replaces `name`, `nameNl`, `description` and `expertiseTags`, "
                    + "the `id` stays. Needs `If-Match` with the `ETag` of a GET (428 without, 412 when the entry changed "
                    + "since). Audited (`concern-type.update`) and published in the change feed."
            )
            .Accepts<ConcernTypeUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
