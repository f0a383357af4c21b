using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Application.EscalationRoutes;
using Network.Domain.EscalationRoutes;

namespace Network.Api.GraphQL.EscalationRoutes;

public sealed class RouteCreateInputType : InputObjectGraphType<RouteCreateInput>
{
    public RouteCreateInputType()
    {
        Name = "RouteCreateInput";
        Description = "A new ladder for a concern type in a municipality (its coordinators, admins).";
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("CBS code.");
        Field<NonNullGraphType<StringGraphType>>("concernType").Description("Concern type id.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteStepInputType>>>>("steps").Description("The rungs in order.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new RouteCreateInput(r.Text("municipality"), r.Text("concernType"), r.List<RouteStepInput>("steps"));
    }
}

public sealed class RouteUpdateInputType : InputObjectGraphType<RouteUpdateInput>
{
    public RouteUpdateInputType()
    {
        Name = "RouteUpdateInput";
        Description = "A ladder's new rungs; municipality and concern type stay as created.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteStepInputType>>>>("steps").Description("The rungs in order.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RouteUpdateInput(new InputReader(value).List<RouteStepInput>("steps"));
}

public sealed class RouteStepInputType : InputObjectGraphType<RouteStepInput>
{
    public RouteStepInputType()
    {
        Name = "RouteStepInput";
        Description = "One rung as a coordinator writes it; its position in the list is its order.";
        Field<NonNullGraphType<RouteStepKindType>>("kind").Description("What kind of contact.");
        Field<IdGraphType>("professionalId").Description("Global id of the professional (professional rungs).");
        Field<IdGraphType>("organisationId").Description("Global id of the organisation (organisation rungs).");
        Field<StringGraphType>("lineName").Description("Name of the national line.");
        Field<StringGraphType>("linePhone").Description("Phone number of the national line.");
        Field<BooleanGraphType>("offersAnonymousConsultation").Description("Whether the rung offers anonymous consultation.");
        Field<MethodStepType>("methodStep").Description("Which step of the method; emergency for emergency rungs, else anonymous consultation, when left out.");
        Field<StringGraphType>("note").Description("A note for askers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new RouteStepInput(r.Value<RouteStepKind>("kind"), r.Id("professionalId", "Professional"), r.Id("organisationId", "Organisation"),
            r.Text("lineName"), r.Text("linePhone"), r.Value<bool>("offersAnonymousConsultation"), r.Value<MethodStep>("methodStep"), r.Text("note"));
    }
}
