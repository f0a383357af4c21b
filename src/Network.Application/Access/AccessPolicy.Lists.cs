using Network.Domain.EscalationRoutes;
using Network.Domain.Municipalities;

namespace Network.Application.Access;

public sealed partial class AccessPolicy
{
    /// <summary>Routes of the viewer's readable municipalities (all for admins).</summary>
    public IQueryable<Route> VisibleRoutes(IQueryable<Route> query)
    {
        var codes = ReadableMunicipalities;
        return codes is null ? query : query.Where(r => codes.Contains(r.MunicipalityCode));
    }

    /// <summary>Municipalities the viewer belongs to (all for admins); none without catalogue access.</summary>
    public IQueryable<Municipality> VisibleMunicipalities(IQueryable<Municipality> query)
    {
        if (!CanReadCatalogues)
            return query.Where(_ => false);
        var codes = ReadableMunicipalities;
        return codes is null ? query : query.Where(m => codes.Contains(m.Code));
    }

    /// <summary><see cref="VisibleMunicipalities"/> for one code.</summary>
    public bool CanSeeMunicipality(string code) => CanReadCatalogues && CanReadMunicipality(code);
}
