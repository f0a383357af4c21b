using Network.Api.Rest.Common;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Rest.Catalogues;

public static class ProfessionEndpoints
{
    public static RouteGroupBuilder MapProfessionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/professions").WithTags("Catalogues");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    ProfessionService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the professions with their confidentiality regimes")
            .WithDescription(
                "Each profession with its confidentiality `regime` and its `legalSource` (information, not legal "
                    + "advice), for every signed-in principal (a system client needs `network.directory.read`, else 403). "
                    + "Ordered by `id`; pages with a cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, ProfessionService service, CancellationToken ct) =>
            {
                var profession = await service.GetAsync(id, ct);
                return http.WithContentETag(profession, TypedResults.Ok(profession));
            })
            .WithSummary("Get one profession with its confidentiality regime")
            .WithDescription(
                "403 for a system client without `network.directory.read`, 404 for an unknown id. The `ETag` is a "
                    + "hash of the content: `If-None-Match` answers 304 while it is unchanged, and PUT takes it as "
                    + "`If-Match`."
            )
            .WithConditionalRead()
            .Produces<ProfessionDto>()
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "",
                async (
                    ProfessionCreateInput input,
                    HttpContext http,
                    ProfessionService service,
                    CancellationToken ct
                ) =>
                {
                    var profession = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = CatalogueETags.Of(profession);
                    return TypedResults.Created($"/api/v1/professions/{profession.Id}", profession);
                }
            )
            .WithSummary("Add a profession (admins)")
            .WithDescription(
                "Administrators only (403 otherwise). `id` is a lowercase slug (such as `youth-doctor`), fixed once "
                    + "created, 409 when it is taken; `regime` and `legalSource` are required. Answers 201 with `Location`; "
                    + "audited (`profession.create`) and published in the change feed."
            )
            .Accepts<ProfessionCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{id}",
                async (
                    string id,
                    ProfessionUpdateInput input,
                    HttpContext http,
                    ProfessionService service,
                    CancellationToken ct
                ) =>
                {
                    var profession = await service.UpdateAsync(id, input, CatalogueETags.IfMatch(http.Request), ct);
                    return http.WithContentETag(profession, TypedResults.Ok(profession));
                }
            )
            .WithSummary("Replace a profession (admins; needs If-Match)")
            .WithDescription(
                "Administrators only (403 otherwise); replaces `name`, `nameNl`, `regime` and `legalSource`, the `id` "
                    + "stays. Needs `If-Match` with the `ETag` of a GET (428 without, 412 when the entry changed since). "
                    + "Audited (`profession.update`) and published in the change feed."
            )
            .Accepts<ProfessionUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
