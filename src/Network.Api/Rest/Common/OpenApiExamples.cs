using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Network.Api.Rest.Common;

/// <summary>
/// Examples in the OpenAPI document. Every operation gets the request and answers captured from a real exchange of
/// the contract run on the demo network (<c>schema/openapi-examples.json</c>, written by
/// <c>tests/openapi/examples.mjs</c>); an endpoint may declare its own instead, written as the application's records
/// and serialised with the API's JSON options, so it reads exactly like an answer. <c>tests/openapi/validate.mjs</c>
/// checks every example against its schema and that no operation is without one.
/// </summary>
public static class OpenApiExamples
{
    /// <summary>An example body of the response with this status (its JSON media types).</summary>
    public sealed record ResponseExample(int Status, object Value);

    /// <summary>An example request body (its JSON media types).</summary>
    public sealed record RequestExample(object Value);

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, int status, object value) =>
        builder.WithMetadata(new ResponseExample(status, value));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object value) =>
        builder.WithMetadata(new RequestExample(value));

    /// <summary>A 400 problem as <see cref="ProblemResponses"/> writes it for one invalid field or query parameter.</summary>
    public static object ValidationProblem(string field, string message) =>
        new Dictionary<string, object>
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "Validation failed",
            ["status"] = 400,
            ["detail"] = $"1 field(s) are invalid: {field}.",
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            ["code"] = "VALIDATION_FAILED",
        };

    /// <summary>The operation transformer that writes the examples an endpoint declares into its operation.</summary>
    public static Task Apply(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken _
    )
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var options = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var example in metadata.OfType<ResponseExample>())
            if (
                operation.Responses?.TryGetValue(
                    example.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    out var r
                ) == true
                && r is OpenApiResponse { Content: { } content }
            )
                SetJson(content, example.Value, options);
        foreach (var example in metadata.OfType<RequestExample>())
            if (operation.RequestBody is OpenApiRequestBody { Content: { } content })
                SetJson(content, example.Value, options);
        return Task.CompletedTask;
    }

    private static readonly Lazy<JsonObject> Captured = new(() =>
    {
        using var file = typeof(OpenApiExamples).Assembly.GetManifestResourceStream("openapi-examples.json")!;
        return JsonNode.Parse(file)!.AsObject();
    });

    /// <summary>
    /// The document transformer that adds the captured examples, by operationId (so after the ids are given), where
    /// an endpoint declared none of its own.
    /// </summary>
    public static Task ApplyCaptured(OpenApiDocument doc, OpenApiDocumentTransformerContext _, CancellationToken __)
    {
        foreach (var operation in doc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.OperationId is not { } id || !Captured.Value.TryGetPropertyValue(id, out var captured))
                continue;
            if (
                captured!["request"] is { } request
                && operation.RequestBody is OpenApiRequestBody { Content: { } body }
            )
                SetJsonUnlessDeclared(body, request);
            foreach (var (status, answer) in captured["responses"]!.AsObject())
                if (
                    answer is not null
                    && operation.Responses?.TryGetValue(status, out var r) == true
                    && r is OpenApiResponse { Content: { } content }
                )
                    SetJsonUnlessDeclared(content, answer);
        }
        return Task.CompletedTask;
    }

    private static void SetJsonUnlessDeclared(IDictionary<string, OpenApiMediaType> content, JsonNode example)
    {
        foreach (var (media, type) in content)
            if (IsJson(media) && type.Example is null && type.Examples is not { Count: > 0 })
                type.Example = example.DeepClone();
    }

    /// <summary>JSON and its structured suffixes (problem+json, merge-patch+json), not NDJSON or text.</summary>
    private static bool IsJson(string media) =>
        media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static void SetJson(
        IDictionary<string, OpenApiMediaType> content,
        object value,
        JsonSerializerOptions options
    )
    {
        foreach (var (media, type) in content)
            if (IsJson(media))
                type.Example = JsonSerializer.SerializeToNode(value, value.GetType(), options);
    }
}
