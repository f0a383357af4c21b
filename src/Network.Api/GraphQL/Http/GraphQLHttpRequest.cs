using System.Text.Json;
using GraphQL;

namespace Network.Api.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a POST body or a GET query string.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request: answered 400 without executing.</summary>
public sealed class BadGraphQLRequestException(string message) : Exception(message);

/// <summary>Reads the request parameters strictly: wrong JSON types and unknown parameters are refused, as in REST.</summary>
public static class GraphQLHttpRequestReader
{
    private static readonly string[] Known = ["query", "operationName", "variables", "extensions"];

    public static async Task<GraphQLHttpRequest> ReadBodyAsync(Stream body, IGraphQLTextSerializer serializer, CancellationToken ct)
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
                if (!Known.Contains(property.Name, StringComparer.Ordinal))
                    throw new BadGraphQLRequestException($"Unknown parameter \"{Shorten(property.Name)}\"; use {string.Join(", ", Known)}.");
            var root = json.RootElement;
            return new GraphQLHttpRequest(
                String(root, "query"), String(root, "operationName"), Map(root, "variables", serializer), Map(root, "extensions", serializer));
        }
    }

    public static GraphQLHttpRequest ReadQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        foreach (var (key, values) in query)
        {
            if (!Known.Contains(key, StringComparer.Ordinal))
                throw new BadGraphQLRequestException($"Unknown parameter \"{Shorten(key)}\"; use {string.Join(", ", Known)}.");
            if (values.Count > 1) throw new BadGraphQLRequestException($"The parameter \"{key}\" is given more than once.");
        }
        return new GraphQLHttpRequest(query["query"].FirstOrDefault(), query["operationName"].FirstOrDefault(),
            MapFromText(query["variables"].FirstOrDefault(), "variables", serializer), MapFromText(query["extensions"].FirstOrDefault(), "extensions", serializer));
    }

    private static string? String(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new BadGraphQLRequestException($"\"{name}\" must be a string.");

    private static Inputs? Map(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? ReadInputs(value, name, serializer)
        : throw new BadGraphQLRequestException($"\"{name}\" must be a JSON object.");

    /// <summary>Valid JSON can still hold text .NET cannot read (a lone surrogate such as \ud800): a 400, not a 500.</summary>
    private static Inputs? ReadInputs(JsonElement value, string name, IGraphQLTextSerializer serializer)
    {
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException)
        {
            throw new BadGraphQLRequestException($"\"{name}\" holds text that is not valid UTF-16 (a lone surrogate escape?).");
        }
    }

    private static Inputs? MapFromText(string? text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text)) return null;
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
