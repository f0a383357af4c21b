using GraphQL.Types;
using Network.Api.GraphQL.Catalogues;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Covenants;
using Network.Api.GraphQL.EscalationRoutes;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.ContactLookup;

namespace Network.Api.GraphQL.ContactLookup;

// The answer's types mirror the REST answer field by field; ids are global ids, as everywhere in the schema.

public sealed class LookupAnswerType : ObjectGraphType<LookupAnswer>
{
    public LookupAnswerType()
    {
        Name = "LookupAnswer";
        Description = "Whom to contact about a concern: the routing ladder, then suggested contacts best first, with what may be shared and why.";
        Field(a => a.ConcernType).Description("The concern type asked about.");
        Field(a => a.Municipality).Description("The municipality network answered for (CBS code).");
        Field(a => a.Domain, nullable: true).Description("The domain asked for, if any.");
        Field<MethodStepType>("methodStep").Description("The step of the method asked for, if any.").Resolve(ctx => ctx.Source.MethodStep);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupRouteStepType>>>>("route")
            .Description("The routing ladder for the concern in the municipality, first rung first.").Resolve(ctx => ctx.Source.Route);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupContactType>>>>("contacts")
            .Description("Professionals with matching expertise, by trust distance, then most recently verified.").Resolve(ctx => ctx.Source.Contacts);
        Field(a => a.Notice).Description("What may be shared and on what ground; information, not legal advice.");
    }
}

public sealed class LookupRouteStepType : ObjectGraphType<LookupRouteStep>
{
    public LookupRouteStepType()
    {
        Name = "LookupRouteStep";
        Description = "One rung of the routing ladder, resolved for the asker (their own designated officer by name).";
        Field(s => s.Order).Description("Position in the ladder, from 1.");
        Field<NonNullGraphType<RouteStepKindType>>("kind").Description("What kind of contact the rung is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<MethodStepType>>("methodStep").Description("Which step of the method this rung fits.").Resolve(ctx => ctx.Source.MethodStep);
        Field(s => s.OffersAnonymousConsultation).Description("Whether this rung offers anonymous consultation.");
        Field(s => s.Note, nullable: true).Description("A coordinator's note.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupPersonType>>>>("people")
            .Description("The people to call at this rung, with the contact points you may see.").Resolve(ctx => ctx.Source.People);
        Field<LookupOrganisationType>("organisation").Description("The organisation of an organisation rung.").Resolve(ctx => ctx.Source.Organisation);
        Field(s => s.LineName, nullable: true).Description("Name of a national line or emergency number.");
        Field(s => s.LinePhone, nullable: true).Description("Its phone number.");
    }
}

public sealed class LookupPersonType : ObjectGraphType<LookupPerson>
{
    public LookupPersonType()
    {
        Name = "LookupPerson";
        Description = "A person on a rung of the ladder.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the professional.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.Id));
        Field(p => p.Name).Description("Their name.");
        Field(p => p.Profession).Description("Their profession's name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupContactPointType>>>>("contactPoints")
            .Description("The contact points you may see.").Resolve(ctx => ctx.Source.ContactPoints);
    }
}

public sealed class LookupOrganisationType : ObjectGraphType<LookupOrganisation>
{
    public LookupOrganisationType()
    {
        Name = "LookupOrganisation";
        Description = "An organisation in a lookup answer, with its public channels.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("Global id of the organisation.")
            .Resolve(ctx => GlobalId.Encode(OrganisationType.TypeName, ctx.Source.Id));
        Field(o => o.Name).Description("Its name.");
        Field(o => o.Kind).Description("The kind of organisation, e.g. school, ggd, police.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupOrganisationContactPointType>>>>("contactPoints")
            .Description("Its public channels.").Resolve(ctx => ctx.Source.ContactPoints);
    }
}

public sealed class LookupOrganisationContactPointType : ObjectGraphType<LookupOrganisationContactPoint>
{
    public LookupOrganisationContactPointType()
    {
        Name = "LookupOrganisationContactPoint";
        Description = "A public channel of an organisation.";
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.").Resolve(ctx => ctx.Source.Channel);
        Field(c => c.Value).Description("The number or address.");
        Field(c => c.Label, nullable: true).Description("A label, e.g. switchboard.");
    }
}

public sealed class LookupContactType : ObjectGraphType<LookupContact>
{
    public LookupContactType()
    {
        Name = "LookupContact";
        Description = "A suggested contact: how to reach them, what may be shared with them, and why they were suggested.";
        Field(c => c.Rank).Description("Position in the answer, from 1.");
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the professional.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.Id));
        Field(c => c.Name).Description("Their name.");
        Field<NonNullGraphType<LookupProfessionType>>("profession").Description("Their profession and its confidentiality regime.").Resolve(ctx => ctx.Source.Profession);
        Field(c => c.OffersAnonymousConsultation).Description("Whether they offer anonymous consultation.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupOrganisationType>>>>("organisations")
            .Description("Where they work.").Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupContactPointType>>>>("contactPoints")
            .Description("The contact points you may see, each with the rule that allowed it.").Resolve(ctx => ctx.Source.ContactPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupCovenantType>>>>("sharedCovenants")
            .Description("Valid covenants that both your organisation and theirs signed.").Resolve(ctx => ctx.Source.SharedCovenants);
        Field(c => c.TrustDistance, nullable: true).Description("1: confirmed mutual trust; 2: through one trusted person; 3; null: no trust path.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LookupTrustHopType>>>>("trustPath")
            .Description("The trust path from you to them, hop by hop.").Resolve(ctx => ctx.Source.TrustPath);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedExpertise")
            .Description("Their expertise tags that match the concern.").Resolve(ctx => ctx.Source.MatchedExpertise);
        Field(c => c.Reason).Description("Why they were suggested, naming the trust path.");
        Field(c => c.LastVerifiedOn).Description("When they last confirmed their entry.");
        Field(c => c.StaleWarning, nullable: true).Description("A warning when the entry was not verified for a year.");
    }
}

public sealed class LookupProfessionType : ObjectGraphType<LookupProfession>
{
    public LookupProfessionType()
    {
        Name = "LookupProfession";
        Description = "A profession and its confidentiality regime (information, not legal advice).";
        Field(p => p.Id).Description("The profession's id.");
        Field(p => p.Name).Description("Its name.");
        Field<NonNullGraphType<ConfidentialityRegimeType>>("confidentialityRegime").Description("What binds its secrecy.").Resolve(ctx => ctx.Source.ConfidentialityRegime);
        Field(p => p.LegalSource).Description("Where that secrecy comes from.");
    }
}

public sealed class LookupContactPointType : ObjectGraphType<LookupContactPoint>
{
    public LookupContactPointType()
    {
        Name = "LookupContactPoint";
        Description = "A contact point you may see, with the visibility rule that allowed it.";
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.").Resolve(ctx => ctx.Source.Channel);
        Field(c => c.Value).Description("The number or address.");
        Field<NonNullGraphType<VisibilityLevelType>>("visibility").Description("Who may see it.").Resolve(ctx => ctx.Source.Visibility);
        Field(c => c.Why).Description("Why you may see it.");
    }
}

public sealed class LookupCovenantType : ObjectGraphType<LookupCovenant>
{
    public LookupCovenantType()
    {
        Name = "LookupCovenant";
        Description = "A covenant both organisations signed: a possible ground for sharing personal data.";
        Field<NonNullGraphType<IdGraphType>>("covenantId").Description("Global id of the covenant.")
            .Resolve(ctx => GlobalId.Encode(CovenantType.TypeName, ctx.Source.Id));
        Field(c => c.Title).Description("Its title.");
        Field(c => c.Purpose).Description("What may be shared for.");
        Field(c => c.ValidFrom).Description("First day of validity.");
        Field(c => c.ValidUntil, nullable: true).Description("Last day of validity; null when open-ended.");
    }
}

public sealed class LookupTrustHopType : ObjectGraphType<LookupTrustHop>
{
    public LookupTrustHopType()
    {
        Name = "LookupTrustHop";
        Description = "One step on a trust path: the person reached and where that trust was made.";
        Field(h => h.Name).Description("The person reached.");
        Field(h => h.ConfirmedOn).Description("When that trust was confirmed.");
        Field(h => h.WorkshopTitle, nullable: true).Description("The workshop where it was made, if any.");
        Field(h => h.WorkshopDate, nullable: true).Description("That workshop's date.");
    }
}
