using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Trust;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>A professional as the viewer may see them (the application layer already removed what they may not).</summary>
public sealed class ProfessionalType : ObjectGraphType<ProfessionalDto>
{
    public const string TypeName = "Professional";

    public ProfessionalType()
    {
        Name = TypeName;
        Description = "A professional in the network, as you may see them: only visible contact points, memberships of visible organisations, optional fields only with consent.";
        this.GlobalIdField(TypeName, p => p.Id);
        Field(p => p.GivenName).Description("Given name.");
        Field(p => p.FamilyName).Description("Family name.");
        Field(p => p.DisplayName).Description("The name as shown in lists.");
        Field(p => p.ProfessionId).Description("Id of the profession (see professions).");
        Field(p => p.IsActive).Description("False once deactivated.");
        Field<NonNullGraphType<ListingStatusType>>("listingStatus").Description("Whether the professional accepted being listed.").Resolve(ctx => ctx.Source.ListingStatus);
        Field(p => p.OffersAnonymousConsultation).Description("Offers anonymous consultation, the first step of the method.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expertiseTags").Description("Expertise tags, e.g. radicalisation.").Resolve(ctx => ctx.Source.ExpertiseTags);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Languages spoken; null without the professional's consent.").Resolve(ctx => ctx.Source.Languages);
        Field(p => p.About, nullable: true).Description("A short text by the professional; null without their consent.");
        Field(p => p.OptionalFieldsConsent).Description("Whether the professional agreed to list the optional fields.");
        Field(p => p.LastVerifiedOn).Description("When the entry was last confirmed correct.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships").Description("Roles at organisations you can see.").Resolve(ctx => ctx.Source.Memberships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities").Description("CBS codes of the municipalities served.").Resolve(ctx => ctx.Source.Municipalities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains").Description("Domain ids the professional works in.").Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalContactPointType>>>>("contactPoints")
            .Description("The contact points you may see, each decided by its visibility level and your relation to the owner.").Resolve(ctx => ctx.Source.ContactPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustRelationshipType>>>>("trustRelationships")
            .Description("This professional's trust relationships that you may see (your own, or as coordinator); batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.TrustOfProfessionals, ctx.Source.Id).Then(t => t ?? []));
        Field(p => p.Version).Description("Changes with every update; pass it as expectedVersion (REST: the ETag).");
        Field(p => p.UpdatedAt).Description("When the entry last changed (UTC).");
    }
}

/// <summary>A role a professional holds at an organisation.</summary>
public sealed class MembershipType : ObjectGraphType<MembershipDto>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A role a professional holds at an organisation for a period.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("Global id of the organisation.").Resolve(ctx => GlobalId.Encode("Organisation", ctx.Source.OrganisationId));
        Field(m => m.OrganisationName).Description("The organisation's name.");
        Field<Organisations.OrganisationType>("organisation").Description("The organisation itself; batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Organisations, ctx.Source.OrganisationId));
        Field(m => m.RoleTitle).Description("The role, e.g. zorgcoördinator.");
        Field(m => m.StartDate).Description("Start of the role.");
        Field(m => m.EndDate, nullable: true).Description("End of the role; null while it lasts.");
        Field(m => m.IsDesignatedOfficer).Description("The organisation's designated officer (aandachtsfunctionaris) for radicalisation.");
    }
}

/// <summary>A contact point of a professional that the viewer may see.</summary>
public sealed class ProfessionalContactPointType : ObjectGraphType<ContactPointDto>
{
    public ProfessionalContactPointType()
    {
        Name = "ProfessionalContactPoint";
        Description = "A channel to reach a professional, shown only when its visibility level allows it for you.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contact point's id (used when choosing visibility).").Resolve(ctx => ctx.Source.Id.ToString());
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.").Resolve(ctx => ctx.Source.Channel);
        Field(c => c.Value).Description("The number or address.");
        Field<NonNullGraphType<VisibilityLevelType>>("visibility").Description("Who may see it.").Resolve(ctx => ctx.Source.Visibility);
    }
}
