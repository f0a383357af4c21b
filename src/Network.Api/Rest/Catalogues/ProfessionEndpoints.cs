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
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, ProfessionService service, CancellationToken ct) =>
            {
                var profession = await service.GetAsync(id, ct);
                return http.WithContentETag(profession, TypedResults.Ok(profession));
            })
            .WithSummary("Get one profession with its confidentiality regime")
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
            .Accepts<ProfessionUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
