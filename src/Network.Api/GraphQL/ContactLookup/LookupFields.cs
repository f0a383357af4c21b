using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.ContactLookup;

namespace Network.Api.GraphQL.ContactLookup;

/// <summary><c>lookup</c>: the same question and answer as POST /api/v1/lookups, through the same <see cref="LookupService"/>.</summary>
public sealed class LookupQueries
{
    [Description(
        "Who do I contact about a concern? The routing ladder and ranked contacts with reasons (REST: POST /api/v1/lookups). "
            + "Never pass anything about the client: the input has no place for it. Only a daily count is kept."
    )]
    public static Task<LookupAnswer> Lookup(
        [FromServices] LookupService lookups,
        [Description("The concern, and optionally domain, method step and municipality.")] LookupRequest input,
        CancellationToken ct
    ) => lookups.AskAsync(input, ct);
}

/// <summary>The lookup's question: deliberately only these four fields (GraphQL refuses any other).</summary>
public sealed class LookupInputType : NetworkInputType<LookupRequest>
{
    public LookupInputType() => Name = "LookupInput";
}
