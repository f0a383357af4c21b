using System.Text.Json;
using GraphQL;
using Network.Api.GraphQL.Execution;

namespace Network.Api.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a POST body or a GET query string.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request: answered 400 without executing.</summary>
public sealed class BadGraphQLRequestException(string message, string code = ErrorCodes.BadRequest) : Exception(message)
{
    /// <summary>The <c>extensions.code</c> of the error: BAD_REQUEST unless a limit says more (MAX_DEPTH_EXCEEDED).</summary>
    public string Code { get; } = code;
}

/// <summary>Reads the request parameters strictly: wrong JSON types and unknown parameters are refused, as in REST.</summary>
public static class GraphQLHttpRequestReader
{
    private static readonly string[] Known = ["query", "operationName", "variables", "extensions"];

    /// <summary>Said for text JSON can carry but .NET cannot hold; it names no part of the text, which may be anything.</summary>
    private const string NotUnicode =
        "holds text that is not valid Unicode: bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800.";

    public static async Task<GraphQLHttpRequest> ReadBodyAsync(
        Stream body,
        IGraphQLTextSerializer serializer,
        CancellationToken ct
    )
    {
        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
        }
        catch (JsonException e)
        {
            throw new BadGraphQLRequestException($"The body is not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new BadGraphQLRequestException("The body must be a JSON object with a \"query\".");
            foreach (var property in json.RootElement.EnumerateObject())
            {
                var name = Text(() => property.Name, "A parameter name")!;
                if (!Known.Contains(name, StringComparer.Ordinal))
                    throw new BadGraphQLRequestException(
                        $"Unknown parameter \"{Shorten(name)}\"; use {string.Join(", ", Known)}."
                    );
            }
            var root = json.RootElement;
            return new GraphQLHttpRequest(
                String(root, "query"),
                String(root, "operationName"),
                Map(root, "variables", serializer),
                Map(root, "extensions", serializer)
            );
        }
    }

    public static GraphQLHttpRequest ReadQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        foreach (var (key, values) in query)
        {
            if (!Known.Contains(key, StringComparer.Ordinal))
                throw new BadGraphQLRequestException(
                    $"Unknown parameter \"{Shorten(key)}\"; use {string.Join(", ", Known)}."
                );
            if (values.Count > 1)
                throw new BadGraphQLRequestException($"The parameter \"{key}\" is given more than once.");
        }
        return new GraphQLHttpRequest(
            query["query"].FirstOrDefault(),
            query["operationName"].FirstOrDefault(),
            MapFromText(query["variables"].FirstOrDefault(), "variables", serializer),
            MapFromText(query["extensions"].FirstOrDefault(), "extensions", serializer)
        );
    }

    private static string? String(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? Text(value.GetString, $"\"{name}\"")
        : throw new BadGraphQLRequestException($"\"{name}\" must be a string.");

    private static Inputs? Map(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? ReadInputs(value, name, serializer)
        : throw new BadGraphQLRequestException($"\"{name}\" must be a JSON object.");

    /// <summary>
    /// JSON that parses can still hold text .NET cannot turn into a string: bytes that are not UTF-8 (the parser does
    /// not look inside strings) or a lone surrogate escape such as \ud800. Reading it throws; that is a 400, not a 500.
    /// </summary>
    private static string? Text(Func<string?> read, string what)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            throw new BadGraphQLRequestException($"{what} {NotUnicode}");
        }
    }

    /// <summary>The same for variables and extensions, which the serializer reads and refuses with a JsonException.</summary>
    private static Inputs? ReadInputs(JsonElement value, string name, IGraphQLTextSerializer serializer)
    {
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException)
        {
            throw new BadGraphQLRequestException($"\"{name}\" {NotUnicode}");
        }
    }

    private static Inputs? MapFromText(string? text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(json.RootElement),
                _ => throw new BadGraphQLRequestException($"\"{name}\" must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw new BadGraphQLRequestException($"\"{name}\" must be a JSON object.");
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
