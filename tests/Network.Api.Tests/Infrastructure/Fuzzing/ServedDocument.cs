using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>One operation of the served document that takes a JSON body, with that body's schema and its answer's.</summary>
public sealed record BodyOperation(string Method, string Path, DocumentSchema Request, DocumentSchema? Response)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// The OpenAPI document the service serves (read over HTTP from the test host, parsed with System.Text.Json):
/// the request shapes the property tests generate bodies from, so they follow the contract instead of a copy of it.
/// </summary>
public sealed class ServedDocument
{
    private readonly JsonObject _document;

    private ServedDocument(JsonObject document)
    {
        _document = document;
        Operations =
        [
            .. from op in TestHosts.Operations(document)
            where op.Operation["requestBody"]?["content"]?["application/json"]?["schema"] is not null
            select new BodyOperation(
                op.Method.ToUpperInvariant(),
                op.Path,
                DocumentSchema.Read(
                    document,
                    op.Operation["requestBody"]!["content"]!["application/json"]!["schema"]!,
                    $"{op.Method} {op.Path}"
                ),
                ResponseSchema(document, op.Operation)
            ),
        ];
    }

    public IReadOnlyList<BodyOperation> Operations { get; }

    public static async Task<ServedDocument> ReadAsync(WebApplicationFactory<Program> factory) =>
        new(await factory.OpenApiDocumentAsync());

    public BodyOperation Operation(string method, string path) =>
        Operations.SingleOrDefault(o => o.Method == method && o.Path == path)
        ?? throw new InvalidOperationException($"The served document has no JSON body for {method} {path}");

    /// <summary>The request schema of <paramref name="method"/> <paramref name="path"/> and the shape the property tests mutate.</summary>
    public (DocumentSchema Schema, BodyShape Shape) Body(string method, string path)
    {
        var op = Operation(method, path);
        return (op.Request, DocumentBodies.Shape(op.Request, op.Response, DocumentGaps.Known));
    }

    /// <summary>The schema named <paramref name="name"/> in components/schemas.</summary>
    public DocumentSchema Schema(string name) =>
        DocumentSchema.Read(_document, _document["components"]!["schemas"]![name]!, name);

    private static DocumentSchema? ResponseSchema(JsonObject document, JsonObject operation) =>
        (
            from status in new[] { "201", "200" }
            let schema = operation["responses"]?[status]?["content"]?["application/json"]?["schema"]
            where schema is not null
            select DocumentSchema.Read(document, schema, "response")
        ).FirstOrDefault();
}
