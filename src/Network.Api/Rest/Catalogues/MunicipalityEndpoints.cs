using Network.Api.Rest.Common;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Rest.Catalogues;

public static class MunicipalityEndpoints
{
    public static RouteGroupBuilder MapMunicipalityEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/municipalities").WithTags("Catalogues");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    MunicipalityService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the municipalities you belong to (administrators: all)")
            .ProducesCommonProblems(400, 403);

        group
            .MapGet(
                "/{code}",
                async (string code, HttpContext http, MunicipalityService service, CancellationToken ct) =>
                {
                    var municipality = await service.GetAsync(code, ct);
                    return http.WithContentETag(municipality, TypedResults.Ok(municipality));
                }
            )
            .WithSummary("Get one municipality by its CBS code")
            .WithConditionalRead()
            .Produces<MunicipalityDto>()
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "",
                async (
                    MunicipalityCreateInput input,
                    HttpContext http,
                    MunicipalityService service,
                    CancellationToken ct
                ) =>
                {
                    var municipality = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = CatalogueETags.Of(municipality);
                    return TypedResults.Created($"/api/v1/municipalities/{municipality.Code}", municipality);
                }
            )
            .WithSummary("Add a municipality (admins)")
            .Accepts<MunicipalityCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{code}",
                async (
                    string code,
                    MunicipalityUpdateInput input,
                    HttpContext http,
                    MunicipalityService service,
                    CancellationToken ct
                ) =>
                {
                    var municipality = await service.UpdateAsync(code, input, CatalogueETags.IfMatch(http.Request), ct);
                    return http.WithContentETag(municipality, TypedResults.Ok(municipality));
                }
            )
            .WithSummary(
                "Change a municipality's settings: name, trust validity (its coordinators, admins; needs If-Match)"
            )
            .Accepts<MunicipalityUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
