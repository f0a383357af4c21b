using Network.Api.Rest.Common;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Rest.Catalogues;

public static class DomainEndpoints
{
    public static RouteGroupBuilder MapDomainEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/domains").WithTags("Catalogues");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    DomainService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the domains (youth, safety, education, ...)")
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, DomainService service, CancellationToken ct) =>
            {
                var domain = await service.GetAsync(id, ct);
                return http.WithContentETag(domain, TypedResults.Ok(domain));
            })
            .WithSummary("Get one domain")
            .WithConditionalRead()
            .Produces<DomainDto>()
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "",
                async (DomainCreateInput input, HttpContext http, DomainService service, CancellationToken ct) =>
                {
                    var domain = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = CatalogueETags.Of(domain);
                    return TypedResults.Created($"/api/v1/domains/{domain.Id}", domain);
                }
            )
            .WithSummary("Add a domain (admins)")
            .Accepts<DomainCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{id}",
                async (
                    string id,
                    DomainUpdateInput input,
                    HttpContext http,
                    DomainService service,
                    CancellationToken ct
                ) =>
                {
                    var domain = await service.UpdateAsync(id, input, CatalogueETags.IfMatch(http.Request), ct);
                    return http.WithContentETag(domain, TypedResults.Ok(domain));
                }
            )
            .WithSummary("Replace a domain's names (admins; needs If-Match)")
            .Accepts<DomainUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
