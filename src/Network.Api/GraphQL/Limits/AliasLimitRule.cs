using GraphQL.Validation;
using GraphQLParser.AST;
using Network.Api.GraphQL.Execution;

namespace Network.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents with more aliased fields than <c>GraphQL:MaxAliases</c>: aliases let one request ask
/// the same costly field many times under different names. Depends on the document only, so cached
/// documents need not be checked again.
/// </summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set })
                count += Count(set);
        }
        if (count > maxAliases)
            context.ReportError(
                new ValidationError(
                    $"The document uses {count} aliases; at most {maxAliases} are allowed (GraphQL:MaxAliases)."
                )
                {
                    Code = ErrorCodes.TooManyAliases,
                }
            );
        return default;
    }

    private static int Count(GraphQLSelectionSet set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLField { Alias: not null })
                count++;
            if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                count += Count(inner);
        }
        return count;
    }
}
