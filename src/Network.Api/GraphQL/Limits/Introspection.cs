using GraphQLParser;
using GraphQLParser.AST;

namespace Network.Api.GraphQL.Limits;

/// <summary>Tells operations that only ask about the schema (what IDEs send on load) from those that touch data.</summary>
public static class Introspection
{
    public static bool IsIntrospectionField(GraphQLField field) => field.Name.Value.Span.StartsWith("__");

    /// <summary>The root fields the operation selects, with fragments at the root expanded.</summary>
    public static IEnumerable<GraphQLField> RootFields(
        GraphQLDocument document,
        GraphQLOperationDefinition operation
    ) => Fields(document, operation.SelectionSet, depth: 0);

    /// <summary>True when every root field is <c>__schema</c>, <c>__type</c> or <c>__typename</c>.</summary>
    public static bool IsPure(GraphQLDocument document, GraphQLOperationDefinition operation) =>
        RootFields(document, operation).All(IsIntrospectionField);

    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, GraphQLSelectionSet set, int depth)
    {
        if (depth > 10)
            yield break; // fragment cycles are a validation error reported elsewhere
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(document, inline.SelectionSet, depth + 1))
                        yield return f;
                    break;
                case GraphQLFragmentSpread spread
                    when document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    foreach (var f in Fields(document, fragment.SelectionSet, depth + 1))
                        yield return f;
                    break;
            }
        }
    }
}
