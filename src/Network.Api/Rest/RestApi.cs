using Network.Api.Auth;
using Network.Api.Rest.Accounts;
using Network.Api.Rest.Audit;
using Network.Api.Rest.Catalogues;
using Network.Api.Rest.Changes;
using Network.Api.Rest.Common;
using Network.Api.Rest.ContactLookup;
using Network.Api.Rest.Covenants;
using Network.Api.Rest.EscalationRoutes;
using Network.Api.Rest.Me;
using Network.Api.Rest.Organisations;
using Network.Api.Rest.Professionals;
using Network.Api.Rest.Reports;
using Network.Api.Rest.Trust;
using Network.Api.Rest.Workshops;

namespace Network.Api.Rest;

public static class RestApi
{
    /// <summary>The REST door: every feature's endpoints under /api/v1, all behind authentication.</summary>
    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.Authenticated)
            .RefuseUnknownQueryParameters()
            .TagRepresentations();
        api.MapOrganisationEndpoints();
        api.MapCatalogueEndpoints();
        api.MapRouteEndpoints();
        api.MapCovenantEndpoints();
        api.MapProfessionalEndpoints();
        api.MapTrustEndpoints();
        api.MapMeEndpoints();
        api.MapAuditEndpoints();
        api.MapWorkshopEndpoints();
        api.MapReportEndpoints();
        api.MapWorkshopReportEndpoints();
        api.MapLookupEndpoints();
        api.MapAccountEndpoints();
        api.MapInvitationEndpoints();
        api.MapChangeEndpoints();
        return app;
    }
}
