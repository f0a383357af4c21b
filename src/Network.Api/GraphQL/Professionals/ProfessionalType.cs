using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Trust;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>A professional as the viewer may see them; its fields are <see cref="ProfessionalDto"/>'s (the application layer already removed what the viewer may not see).</summary>
public sealed class ProfessionalType : NodeType<ProfessionalDto>
{
    public ProfessionalType()
        : base(Batches.Professionals) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustRelationshipType>>>>("trustRelationships")
            .Description(
                "This professional's trust relationships that you may see (your own, or as coordinator); batch-loaded."
            )
            .Resolve(ctx => ctx.Load(Batches.TrustOfProfessionals, ctx.Source.Id).Then(t => t ?? []));
}

/// <summary>A role a professional holds at an organisation, with the organisation itself.</summary>
public sealed class MembershipType : NetworkObjectType<MembershipDto>
{
    public MembershipType() =>
        Field<OrganisationType>("organisation")
            .Description("The organisation itself; batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Organisations, ctx.Source.OrganisationId));
}

/// <summary>Named after its owner: organisations have contact points too.</summary>
public sealed class ProfessionalContactPointType : NetworkObjectType<ContactPointDto>
{
    public ProfessionalContactPointType() => Name = "ProfessionalContactPoint";
}
