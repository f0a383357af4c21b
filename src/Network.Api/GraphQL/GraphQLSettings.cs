namespace Network.Api.GraphQL;

/// <summary>
/// Limits and switches of the GraphQL door, bound from the <c>GraphQL</c> configuration section
/// (e.g. <c>GraphQL:MaxDepth</c>). The defaults fit the directory's largest sensible query: a page of
/// 100 professionals with their organisations and contact points.
/// </summary>
public sealed class GraphQLSettings
{
    public const string Section = "GraphQL";

    /// <summary>Deepest field nesting allowed; pure introspection operations are exempt (IDEs ask about 13 levels deep).</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Highest estimated cost: each field counts 1, multiplied by the page size (<c>first</c>) of every list above it.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Most aliased fields in one document; aliases are how one request asks the same costly field many times.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Largest query document in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 16_384;

    /// <summary>Execution stops after this long and answers with a TIMEOUT error.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Parsed and validated documents kept for reuse, keyed by query text.</summary>
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>Schema introspection (<c>__schema</c>, <c>__type</c>); off by default outside Development.</summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>The GraphiQL page at /graphql/ui; off by default outside Development.</summary>
    public bool? EnableIde { get; set; }

    public bool IntrospectionEnabled(IHostEnvironment env) => EnableIntrospection ?? env.IsDevelopment();

    public bool IdeEnabled(IHostEnvironment env) => EnableIde ?? env.IsDevelopment();
}
