using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary>An organisation as the application layer shows it to the viewer (same fields as REST).</summary>
public sealed class OrganisationType : ObjectGraphType<OrganisationDto>
{
    public const string TypeName = "Organisation";

    public OrganisationType()
    {
        Name = TypeName;
        Description = "A school, GGD, youth care provider, police unit, Veiligheidshuis, ... in the network. Deactivated, never deleted.";
        this.GlobalIdField(TypeName, o => o.Id);
        Field(o => o.Name).Description("The organisation's name.");
        Field(o => o.Kind).Description("A free label for the kind of organisation, e.g. school, ggd, police.");
        Field(o => o.IsActive).Description("False once deactivated: kept for history, hidden from professionals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains")
            .Description("Ids of the domains (youth, safety, education, ...) the organisation works in.")
            .Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities")
            .Description("CBS codes of the municipalities the organisation serves (e.g. GM9901).")
            .Resolve(ctx => ctx.Source.Municipalities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationContactPointType>>>>("contactPoints")
            .Description("Public channels of the organisation: switchboard, general mail.")
            .Resolve(ctx => ctx.Source.ContactPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalType>>>>("members")
            .Description("Active professionals with a role here whom you may see; batch-loaded for all organisations of a page at once.")
            .Resolve(ctx => ctx.Service<OrganisationMembersLoader>().Load(ctx.Source.Id).Then(m => m ?? []));
        Field(o => o.Version).Description("Changes with every update; pass it as expectedVersion so concurrent changes are not lost (REST: the ETag).");
        Field(o => o.UpdatedAt).Description("When the organisation last changed (UTC).");
    }
}

/// <summary>A public channel of an organisation.</summary>
public sealed class OrganisationContactPointType : ObjectGraphType<OrganisationContactPointDto>
{
    public OrganisationContactPointType()
    {
        Name = "OrganisationContactPoint";
        Description = "A public channel of an organisation, such as its switchboard; always visible to whoever sees the organisation.";
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.").Resolve(ctx => ctx.Source.Channel);
        Field(c => c.Value).Description("The number or address.");
        Field(c => c.Label, nullable: true).Description("What it is for, e.g. Switchboard.");
    }
}
