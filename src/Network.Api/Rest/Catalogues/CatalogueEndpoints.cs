namespace Network.Api.Rest.Catalogues;

public static class CatalogueEndpoints
{
    /// <summary>Municipalities and the catalogues kept as data: domains, professions, concern types.</summary>
    public static RouteGroupBuilder MapCatalogueEndpoints(this RouteGroupBuilder api) =>
        api.MapMunicipalityEndpoints().MapDomainEndpoints().MapProfessionEndpoints().MapConcernTypeEndpoints();
}
