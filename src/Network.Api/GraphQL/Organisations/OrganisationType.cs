using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary>An organisation as the application layer shows it to the viewer; its fields are <see cref="OrganisationDto"/>'s.</summary>
public sealed class OrganisationType : NodeType<OrganisationDto>
{
    public OrganisationType()
        : base(Batches.Organisations) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalType>>>>("members")
            .Description(
                "Active professionals with a role here whom you may see; batch-loaded for all organisations of a page at once."
            )
            .Resolve(ctx => ctx.Load(Batches.MembersOfOrganisations, ctx.Source.Id).Then(m => m ?? []));
}
