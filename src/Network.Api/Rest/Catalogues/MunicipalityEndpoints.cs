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
            .WithDescription(
                "Professionals, coordinators and system clients with `network.directory.read` get the municipalities "
                    + "they belong to, administrators all of them; a system client without that scope gets 403. Ordered by "
                    + "CBS `code`; pages with a cursor: follow `links.next`."
            )
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
            .WithDescription(
                "404 for a municipality you do not belong to (administrators see every one), 403 for a system client "
                    + "without `network.directory.read`. The `ETag` is a hash of the content: `If-None-Match` answers 304 "
                    + "while it is unchanged, and PUT takes it as `If-Match`."
            )
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
            .WithDescription(
                "Administrators only (403 otherwise). `code` is the CBS code (`GM` and four digits), fixed once "
                    + "created, 409 when it exists; `trustValidityMonths` is 1 to 120, 24 when left out. Audited "
                    + "(`municipality.create`) and published in the change feed."
            )
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
            .WithDescription(
                "Professionals and system clients of the municipality get 403, anyone outside it 404. Needs "
                    + "`If-Match` with the `ETag` you read (428 without, 412 when it changed). A new `trustValidityMonths` "
                    + "moves the expiry of the municipality's confirmed trust relationships, counted from each one's last "
                    + "confirmation, in the same save; audited (`municipality.update`) and published in the change feed."
            )
            .Accepts<MunicipalityUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
