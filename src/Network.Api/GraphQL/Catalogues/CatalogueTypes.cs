using GraphQL.Types;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>A catalogue entry read from its record, plus the version REST sends as its ETag.</summary>
public abstract class CatalogueType<TDto> : NetworkObjectType<TDto>
    where TDto : notnull
{
    protected CatalogueType() =>
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A hash of the entry's content; pass it as expectedVersion to update (REST: the ETag).")
            .Resolve(ctx => CatalogueRules.VersionOf(ctx.Source));
}

public sealed class MunicipalityType : CatalogueType<MunicipalityDto>;

public sealed class DomainType : CatalogueType<DomainDto>;

public sealed class ProfessionType : CatalogueType<ProfessionDto>;

public sealed class ConcernTypeType : CatalogueType<ConcernTypeDto>;
