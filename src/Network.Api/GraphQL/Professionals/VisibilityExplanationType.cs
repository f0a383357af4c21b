using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>Why the viewer does or does not see each of a professional's contact points.</summary>
public sealed class VisibilityExplanationType : ObjectGraphType<VisibilityExplanation>
{
    public VisibilityExplanationType()
    {
        Name = "VisibilityExplanation";
        Description = "Per contact point of one professional: whether you see it, and which rule decided.";
        Field(e => e.ViewerRole).Description("Your role as the rules saw it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactPointExplanationType>>>>("contactPoints")
            .Description("One explanation per contact point, visible or not.").Resolve(ctx => ctx.Source.ContactPoints);
    }
}

public sealed class ContactPointExplanationType : ObjectGraphType<ContactPointExplanation>
{
    public ContactPointExplanationType()
    {
        Name = "ContactPointExplanation";
        Description = "Why one contact point is or is not visible to you.";
        Field<NonNullGraphType<IdGraphType>>("contactPointId").Description("The contact point's id.").Resolve(ctx => ctx.Source.ContactPointId.ToString());
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<VisibilityLevelType>>("visibility").Description("The level its owner chose.").Resolve(ctx => ctx.Source.Visibility);
        Field(e => e.Visible).Description("Whether you see it.");
        Field(e => e.Rule).Description("The rule that decided.");
        Field(e => e.Explanation).Description("The decision in words, e.g. you and X confirmed trust at the workshop of 12 March.");
    }
}
