using GraphQL.Validation;
using Network.Api.Auth;
using Network.Api.GraphQL.Execution;

namespace Network.Api.GraphQL.Limits;

/// <summary>
/// The endpoint admits anonymous requests so that schema introspection (and the spec audit's
/// <c>{ __typename }</c>) work without a token; any other root field needs a valid token, as every REST
/// route does. Depends on the caller, so it also runs for cached documents.
/// </summary>
public sealed class AuthenticationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (ClaimsViewer.From(context.User).IsAuthenticated)
            return default;
        var data = Introspection
            .RootFields(context.Document, context.Operation)
            .FirstOrDefault(f => !Introspection.IsIntrospectionField(f));
        if (data is not null)
            context.ReportError(
                new ValidationError(
                    context.Document.Source,
                    null,
                    "Send a valid bearer token in the Authorization header; without one only schema introspection is answered.",
                    data
                )
                {
                    Code = ErrorCodes.Unauthenticated,
                }
            );
        return default;
    }
}
