using Microsoft.OpenApi;
using Network.Api.Rest.Common;

namespace Network.Api.Hosting;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/api/v1/openapi.json";

    public static IServiceCollection AddNetworkOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            o.AddDocumentTransformer(
                (doc, _, _) =>
                {
                    doc.Info = new OpenApiInfo
                    {
                        Title = "Network: chain-partner directory API",
                        Version = SecurityHeaders.ApiVersion,
                        Description =
                            "Directory of the local chain-partner network around signals of possible radicalisation: "
                            + "professionals, organisations, domains, trust relationships, routing and covenants, with role- and "
                            + "relationship-based visibility. It holds data about professionals, never about the young people concerned.\n\n"
                            + "Names are in English on purpose (API Design Rule /core/interface-language): the domain is described in "
                            + "English by its owner and shared with systems outside the Netherlands' municipal stack. Dutch terms appear in descriptions.\n\n"
                            + "Authenticate with a bearer token in the Authorization header. Errors are application/problem+json (RFC 9457).",
                        Contact = new OpenApiContact
                        {
                            Name = "Network maintainers",
                            Email = "network@example.org",
                            Url = new Uri("https://example.org/network"),
                        },
                    };
                    doc.Components ??= new OpenApiComponents();
                    doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                    doc.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "JWT",
                        Description = "In Development, get one from POST /dev/token.",
                    };
                    doc.Security ??= [];
                    doc.Security.Add(
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", doc)] = [] }
                    );
                    return Task.CompletedTask;
                }
            );
            o.AddDocumentTransformer(
                (doc, _, _) =>
                {
                    MergePatchSchemas(doc);
                    return Task.CompletedTask;
                }
            );
            o.AddOperationTransformer(
                (operation, context, _) =>
                {
                    if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ConditionalReads.Marker>().Any())
                        return Task.CompletedTask;
                    operation.Parameters ??= [];
                    operation.Parameters.Add(
                        new OpenApiParameter
                        {
                            Name = "If-None-Match",
                            In = ParameterLocation.Header,
                            Description =
                                "An ETag from an earlier answer to this viewer: 304 Not Modified, without a body, "
                                + "while the resource reads the same to you.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        }
                    );
                    if (operation.Responses?.TryGetValue("304", out var notModified) == true)
                        notModified.Description = "Not Modified: what you hold is still what you would be shown.";
                    return Task.CompletedTask;
                }
            );
            o.AddOperationTransformer(OpenApiExamples.Apply);
            OpenApiContract.Configure(o); // it reads what the transformers above declared
            o.AddDocumentTransformer(OpenApiExamples.ApplyCaptured); // by operationId, which the contract gives
        });

    /// <summary>
    /// A merge-patch body names only what changes and null clears a property (RFC 7396), so its schema is the
    /// input's with nothing required and every property nullable, under its own name: <c>{Input}Patch</c>.
    /// </summary>
    private static void MergePatchSchemas(OpenApiDocument doc)
    {
        var schemas = doc.Components?.Schemas;
        if (schemas is null)
            return;
        foreach (var operation in doc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (
                operation.RequestBody?.Content?.TryGetValue(MergePatch.MediaType, out var media) != true
                || media!.Schema is not OpenApiSchemaReference { Reference.Id: { } name }
                || !schemas.TryGetValue(name, out var input)
            )
                continue;
            var patchName = name + "Patch";
            if (!schemas.ContainsKey(patchName))
                schemas[patchName] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description =
                        $"A JSON Merge Patch (RFC 7396) of {name}: only the properties to change; null clears one, "
                        + "an array replaces the whole list. The result must be a valid "
                        + name
                        + ".",
                    AdditionalPropertiesAllowed = false,
                    Properties = (input.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToDictionary(
                        p => p.Key,
                        p =>
                            (IOpenApiSchema)
                                new OpenApiSchema
                                {
                                    Description = p.Value.Description,
                                    AnyOf = [p.Value, new OpenApiSchema { Type = JsonSchemaType.Null }],
                                }
                    ),
                };
            media.Schema = new OpenApiSchemaReference(patchName, doc);
        }
    }
}
