using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Covenants;

namespace Network.Api.GraphQL.Covenants;

/// <summary>An information-sharing agreement; fields from <see cref="CovenantDto"/>.</summary>
public sealed class CovenantType() : NodeType<CovenantDto>(Batches.Covenants);

/// <summary>A signatory organisation of a covenant, with the organisation itself.</summary>
public sealed class CovenantSignatoryType : NetworkObjectType<CovenantSignatoryDto>
{
    public CovenantSignatoryType() =>
        Field<OrganisationType>("organisation")
            .Description("The organisation (null only if it was removed since the covenant was read); batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Organisations, ctx.Source.OrganisationId));
}
