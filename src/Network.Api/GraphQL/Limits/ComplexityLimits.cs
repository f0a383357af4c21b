using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Network.Api.GraphQL.Execution;

namespace Network.Api.GraphQL.Limits;

/// <summary>
/// Depth and complexity limits for graphql-dotnet's complexity analyzer, with clear messages and codes.
/// Pure introspection operations are exempt: an IDE's schema query is about 13 levels deep.
/// </summary>
public static class ComplexityLimits
{
    public static void Configure(ComplexityOptions options, GraphQLSettings settings)
    {
        options.MaxDepth = settings.MaxDepth;
        options.MaxComplexity = settings.MaxComplexity;
        // Connections are multiplied by "first" (which defaults to the page size, see Connections); every other list
        // is a short nested list (contact points, memberships, steps: at most 10 by validation), counted as 5 items.
        options.DefaultListImpactMultiplier = 5;
        options.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context, settings);
            return Task.CompletedTask;
        };
    }

    private static ValidationError? Check(ComplexityValidationContext context, GraphQLSettings settings)
    {
        var validation = context.ValidationContext;
        if (Introspection.IsPure(validation.Document, validation.Operation))
            return null;
        if (context.MaxDepth > settings.MaxDepth)
            return new ValidationError(
                $"The query nests {context.MaxDepth} levels deep; at most {settings.MaxDepth} are allowed (GraphQL:MaxDepth)."
            )
            {
                Code = ErrorCodes.MaxDepthExceeded,
            };
        if (context.TotalImpact > settings.MaxComplexity)
            return new ValidationError(
                $"The query's estimated cost is {context.TotalImpact:0}; at most {settings.MaxComplexity} is allowed (GraphQL:MaxComplexity). Ask smaller pages (first) or fewer nested lists."
            )
            {
                Code = ErrorCodes.MaxComplexityExceeded,
            };
        return null;
    }
}
