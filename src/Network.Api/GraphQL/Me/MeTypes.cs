using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Me;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Me;

/// <summary>What a professional may change about themself.</summary>
public sealed class ProfileInputType : InputObjectGraphType<ProfileInput>
{
    public ProfileInputType()
    {
        Name = "ProfileInput";
        Description = "Your own profile: not your name, profession, memberships or municipalities (coordinators keep those).";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("expertiseTags").Description("Your expertise tags.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Languages you speak (listed only with your consent).");
        Field<StringGraphType>("about").Description("A short text about your work; no case data.");
        Field<BooleanGraphType>("offersAnonymousConsultation").Description("Whether you offer anonymous consultation; false when left out.");
        Field<ListGraphType<NonNullGraphType<ContactPointInputType>>>("contactPoints").Description("Your contact points with their visibility; replaces the current ones.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new ProfileInput(r.Strings("expertiseTags"), r.Strings("languages"), r.Text("about"), r.Bool("offersAnonymousConsultation"),
            r.List<ContactPointInput>("contactPoints"));
    }
}

/// <summary>The visibility chosen for one contact point when accepting to be listed.</summary>
public sealed class VisibilityChoiceInputType : InputObjectGraphType<VisibilityChoice>
{
    public VisibilityChoiceInputType()
    {
        Name = "VisibilityChoiceInput";
        Description = "The visibility you choose for one of your contact points.";
        Field<NonNullGraphType<IdGraphType>>("contactPointId").Description("The contact point's id (contactPoints.id on your entry).");
        Field<NonNullGraphType<VisibilityLevelType>>("visibility").Description("Who may see it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new VisibilityChoice(Guid.TryParse(r.Text("contactPointId"), out var id) ? id : Guid.Empty,
            r.Value<Network.Domain.Contacts.VisibilityLevel>("visibility") ?? default);
    }
}

/// <summary>Someone who saw one of your restricted contact points.</summary>
public sealed class RestrictedReadType : ObjectGraphType<RestrictedReadDto>
{
    public RestrictedReadType()
    {
        Name = "RestrictedRead";
        Description = "Someone who saw one of your contact points above network level: who, when, under which rule.";
        Field(r => r.OccurredAt).Description("When.");
        Field(r => r.ViewerId).Description("The viewer's login or client id.");
        Field(r => r.ViewerRole).Description("The viewer's role.");
        Field<IdGraphType>("viewerProfessionalId").Description("Global id of the viewer's professional entry, if they are a professional.")
            .Resolve(ctx => ctx.Source.ViewerProfessionalId is { } id ? GlobalId.Encode(ProfessionalType.TypeName, id) : null);
        Field(r => r.ViewerName, nullable: true).Description("The viewer's name, if known.");
        Field(r => r.ContactPointId).Description("Which of your contact points.");
        Field(r => r.Rule, nullable: true).Description("The rule that allowed it.");
    }
}
