using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Trust;

namespace Network.Api.GraphQL.Trust;

/// <summary>Trust between two professionals, visible to the two of them and to coordinators; fields from <see cref="TrustRelationshipDto"/>.</summary>
public sealed class TrustRelationshipType() : NodeType<TrustRelationshipDto>(Batches.TrustRelationships);

/// <summary>One side of a trust relationship, with the professional's entry.</summary>
public sealed class TrustPartyType : NetworkObjectType<TrustParty>
{
    public TrustPartyType() =>
        Field<ProfessionalType>("professional")
            .Description("The professional's entry as you may see it; null when you may not. Batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Professionals, ctx.Source.Id));
}
