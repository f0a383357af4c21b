using Network.Api.Auth;
using Network.Api.Rest.Lookups;
using Network.Api.Rest.Organisations;

namespace Network.Api.Rest;

public static class RestApi
{
    /// <summary>The REST door: every feature's endpoints under /api/v1, all behind authentication.</summary>
    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Authenticated);
        api.MapOrganisationEndpoints();
        api.MapLookupEndpoints();
        return app;
    }
}
