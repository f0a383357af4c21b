using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.EscalationRoutes;
using Network.Api.GraphQL.Execution;
using Network.Application.ContactLookup;
using Network.Domain.EscalationRoutes;

namespace Network.Api.GraphQL.ContactLookup;

/// <summary><c>lookup</c>: the same question and answer as POST /api/v1/lookups, through the same <see cref="LookupService"/>.</summary>
public sealed class LookupQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<LookupAnswerType>>("lookup")
            .Description("Who do I contact about a concern? The routing ladder and ranked contacts with reasons (REST: POST /api/v1/lookups). " +
                         "Never pass anything about the client: the input has no place for it. Only a daily count is kept.")
            .Argument<NonNullGraphType<LookupInputType>>("input", "The concern, and optionally domain, method step and municipality.")
            .ResolveAsync(async ctx => await ctx.Service<LookupService>().AskAsync(ctx.GetArgument<LookupRequest>("input"), ctx.CancellationToken));
}

/// <summary>The lookup's question: deliberately only these four fields (GraphQL refuses any other).</summary>
public sealed class LookupInputType : InputObjectGraphType<LookupRequest>
{
    public LookupInputType()
    {
        Name = "LookupInput";
        Description = "What the lookup is about: a concern type, optionally a domain, the step of the method and which of your municipalities. Nothing about the client.";
        Field<NonNullGraphType<StringGraphType>>("concernType").Description("Concern type id, e.g. radicalisation.");
        Field<StringGraphType>("domain").Description("Only contacts working in this domain (id), e.g. youth.");
        Field<MethodStepType>("methodStep").Description("The step of the method you are at; the ladder shows the rungs that fit it.");
        Field<StringGraphType>("municipality").Description("Which of your municipality networks (CBS code); needed when you belong to several.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new LookupRequest(r.Text("concernType"), r.Text("domain"), r.Value<MethodStep>("methodStep"), r.Text("municipality"));
    }
}
