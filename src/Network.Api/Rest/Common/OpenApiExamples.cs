using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Network.Api.Rest.Common;

/// <summary>
/// Examples in the OpenAPI document, written as the application's own records and serialised with the API's JSON
/// options, so an example reads exactly like an answer (camelCase, enums as strings, nulls left out).
/// <c>tests/openapi/validate.mjs</c> checks every example against its schema.
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

    private static void SetJson(
        IDictionary<string, OpenApiMediaType> content,
        object value,
        JsonSerializerOptions options
    )
    {
        foreach (var (media, type) in content)
            if (media.Contains("json", StringComparison.OrdinalIgnoreCase))
                type.Example = JsonSerializer.SerializeToNode(value, value.GetType(), options);
    }
}
