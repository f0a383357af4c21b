using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Application.Professionals;
using Network.Domain.Contacts;

namespace Network.Api.GraphQL.Professionals;

/// <summary>What coordinators set on a professional's entry; the same fields as REST's body.</summary>
public sealed class ProfessionalInputType : InputObjectGraphType<ProfessionalInput>
{
    public ProfessionalInputType()
    {
        Name = "ProfessionalInput";
        Description = "A professional's entry as coordinators maintain it. Field errors (VALIDATION_FAILED) are keyed by these names.";
        Field<NonNullGraphType<StringGraphType>>("givenName").Description("Given name.");
        Field<NonNullGraphType<StringGraphType>>("familyName").Description("Family name.");
        Field<NonNullGraphType<StringGraphType>>("professionId").Description("A profession id from professions.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities").Description("CBS codes of the municipalities served.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description("Domain ids.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("expertiseTags").Description("Expertise tags.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Languages spoken (shown only with the professional's consent).");
        Field<StringGraphType>("about").Description("A short text; no case data (refused when it looks like a BSN).");
        Field<BooleanGraphType>("offersAnonymousConsultation").Description("Offers anonymous consultation; false when left out.");
        Field<DateOnlyGraphType>("lastVerifiedOn").Description("When the entry was last confirmed correct.");
        Field<ListGraphType<NonNullGraphType<MembershipInputType>>>("memberships").Description("Roles at organisations; replaces the current ones.");
        Field<ListGraphType<NonNullGraphType<ContactPointInputType>>>("contactPoints").Description("Contact points; replaces the current ones.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new ProfessionalInput(r.Text("givenName"), r.Text("familyName"), r.Text("professionId"), r.Strings("municipalities"),
            r.Strings("domains"), r.Strings("expertiseTags"), r.Strings("languages"), r.Text("about"), r.Bool("offersAnonymousConsultation"),
            r.Value<DateOnly>("lastVerifiedOn"), r.List<MembershipInput>("memberships"), r.List<ContactPointInput>("contactPoints"));
    }
}

public sealed class MembershipInputType : InputObjectGraphType<MembershipInput>
{
    public MembershipInputType()
    {
        Name = "MembershipInput";
        Description = "A role at an organisation.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("Global id of the organisation.");
        Field<NonNullGraphType<StringGraphType>>("roleTitle").Description("The role, e.g. zorgcoördinator.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate").Description("Start of the role.");
        Field<DateOnlyGraphType>("endDate").Description("End of the role, if it ended.");
        Field<BooleanGraphType>("isDesignatedOfficer").Description("The organisation's designated officer for radicalisation; false when left out.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new MembershipInput(r.Id("organisationId", "Organisation") ?? Guid.Empty, r.Text("roleTitle"),
            r.Value<DateOnly>("startDate"), r.Value<DateOnly>("endDate"), r.Bool("isDesignatedOfficer"));
    }
}

public sealed class ContactPointInputType : InputObjectGraphType<ContactPointInput>
{
    public ContactPointInputType()
    {
        Name = "ContactPointInput";
        Description = "A contact point of a professional with its visibility.";
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The number or address.");
        Field<VisibilityLevelType>("visibility").Description("Who may see it; by channel when left out (work e-mail: network, mobile: trusted).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new ContactPointInput(r.Value<ContactChannel>("channel") ?? default, r.Text("value"), r.Value<VisibilityLevel>("visibility"));
    }
}
