using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their query text (graphql-dotnet's cache package is
/// not available here). On a hit the document is neither parsed nor validated again: only the rules registered
/// with <c>useForCachedDocuments: true</c> run, i.e. those that depend on the caller or the variables
/// (authentication, and complexity unless the document is a lone operation without variables). This roughly halves the CPU cost of a repeated query.
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLSettings> settings) : IConfigureExecution, IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = settings.Value.DocumentCacheSize });

    /// <summary>After the option configurators (100), which set the validation rules this reads.</summary>
    public float SortOrder => 150;

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query) return await next(options);
        if (Find(query) is { } cached)
        {
            options.Document = cached;
            var rules = options.CachedDocumentValidationRules ?? [];
            // A lone operation without variables costs what it cost when it was first validated: skip the
            // complexity walk over the whole document (about a tenth of a large query's CPU).
            options.ValidationRules = IsFixed(cached) ? rules.Where(r => r is not ComplexityValidationRule).ToList() : rules;
            return await next(options);
        }
        var result = await next(options);
        // Executed means the document parsed and passed every validation rule.
        if (result.Executed && result.Document is { } document)
            _documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return result;
    }

    private static bool IsFixed(GraphQLDocument document) =>
        document.Definitions.Count(d => d is GraphQLOperationDefinition) == 1 &&
        document.Definitions.OfType<GraphQLOperationDefinition>().Single().Variables is not { Count: > 0 };

    public void Dispose() => _documents.Dispose();
}
