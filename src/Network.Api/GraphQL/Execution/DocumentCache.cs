using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Network.Api.Auth;
using Network.Api.GraphQL.Limits;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their query text (graphql-dotnet's cache package is
/// not available here). On a hit the document is neither parsed nor validated again: only the rules registered
/// with <c>useForCachedDocuments: true</c> run, i.e. those that depend on the caller or the variables
/// (authentication, complexity), and of those only the ones whose answer is not already known (see RulesFor).
/// This roughly halves the CPU cost of a repeated query.
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLSettings> settings) : IConfigureExecution, IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _documents = new(
        new MemoryCacheOptions { SizeLimit = settings.Value.DocumentCacheSize }
    );

    /// <summary>After the option configurators (100), which set the validation rules this reads.</summary>
    public float SortOrder => 150;

    public GraphQLDocument? Find(string query) =>
        _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
            return await next(options);
        if (Find(query) is { } cached)
        {
            options.Document = cached;
            options.ValidationRules = RulesFor(cached, options);
            return await next(options);
        }
        var result = await next(options);
        // Executed means the document parsed and passed every validation rule.
        if (result.Executed && result.Document is { } document)
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return result;
    }

    /// <summary>
    /// The per-caller rules that can still change the outcome. Any rule at all makes graphql-dotnet walk the whole
    /// document (about a sixth of a large query's CPU), so the ones with a known answer are left out: complexity for a
    /// lone operation without variables (its cost is what it was when first validated), authentication for a caller
    /// with a valid token (the rule only refuses anonymous callers).
    /// </summary>
    private static List<IValidationRule> RulesFor(GraphQLDocument document, ExecutionOptions options)
    {
        var fixedCost = IsFixed(document);
        var authenticated = ClaimsViewer.From(options.User).IsAuthenticated;
        return (options.CachedDocumentValidationRules ?? [])
            .Where(r => !(fixedCost && r is ComplexityValidationRule) && !(authenticated && r is AuthenticationRule))
            .ToList();
    }

    private static bool IsFixed(GraphQLDocument document) =>
        document.Definitions.Count(d => d is GraphQLOperationDefinition) == 1
        && document.Definitions.OfType<GraphQLOperationDefinition>().Single().Variables is not { Count: > 0 };

    public void Dispose() => _documents.Dispose();
}
