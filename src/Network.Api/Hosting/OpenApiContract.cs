using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Network.Application.Common;

namespace Network.Api.Hosting;

/// <summary>
/// Makes the OpenAPI document say what the service does, so generated clients and validating proxies can trust it
/// (issue 12 item 1; checked over every response of api.http and the error cases by <c>tests/openapi/run.sh</c>):
/// required means always present (the service leaves nulls out, so a nullable property is never required unless a
/// request must name it), problem details carry <c>code</c> and <c>errors</c>, the headers clients rely on (ETag,
/// API-Version, Location, Retry-After, If-Match) are declared, page sizes have their limits, every operation has a
/// stable camelCase operationId, and the server URL carries the major version (/core/uri-version).
/// </summary>
public static class OpenApiContract
{
    public const string BasePath = "/api/v1";

    /// <summary>Every status the service answers with a problem; each has its code (ProblemResponses.CodeOf).</summary>
    private static readonly int[] ErrorStatuses = [400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 428, 429, 500];

    /// <summary>Temporary mark (removed from the served document): the properties a request must name.</summary>
    private const string StrictRequired = "x-network-strict-required";

    /// <summary>Temporary mark (removed from the served document): the properties a request must give a value.</summary>
    private const string ValueRequired = "x-network-value-required";

    public static void Configure(OpenApiOptions o)
    {
        o.AddSchemaTransformer(
            (schema, context, _) =>
            {
                DateTimesAreStrings(schema, context);
                EnumsTypedAndDescribed(schema, context.JsonTypeInfo.Type);
                MarkStrictRequired(schema, context.JsonTypeInfo);
                EachItemDeclared(schema, context.JsonTypeInfo);
                return Task.CompletedTask;
            }
        );
        o.AddDocumentTransformer(
            (doc, _, _) =>
            {
                RequiredMeansPresent(doc);
                ProblemDetailsAsSent(doc);
                foreach (var (path, item) in doc.Paths)
                foreach (var (method, operation) in item.Operations ?? [])
                    Operation(doc, path, method, operation);
                ServerWithMajorVersion(doc);
                SharedHeaders(doc);
                // The LICENSE file at the repository's root (OpenApiDocumentTests holds the two equal).
                doc.Info.License = new OpenApiLicense { Name = "EUPL-1.2", Identifier = "EUPL-1.2" };
                return Task.CompletedTask;
            }
        );
    }

    /// <summary>DateTimeOffset is written by our own converter, so the generator knows its format but not its type.</summary>
    private static void DateTimesAreStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (schema.Format != "date-time" || schema.Type is not null)
            return;
        var clr = context.JsonPropertyInfo?.PropertyType ?? context.JsonTypeInfo.Type;
        schema.Type = Nullable.GetUnderlyingType(clr) is null
            ? JsonSchemaType.String
            : JsonSchemaType.String | JsonSchemaType.Null;
    }

    /// <summary>
    /// An enum is a string (or null, where nullable) and says what each value means: its members' [Description], as
    /// <c>x-enum-descriptions</c> (in the order of <c>enum</c>) and in the description, for generators and readers.
    /// </summary>
    private static void EnumsTypedAndDescribed(OpenApiSchema schema, Type clr)
    {
        var type = Nullable.GetUnderlyingType(clr) ?? clr;
        if (!type.IsEnum || schema.Enum is not { Count: > 0 } values)
            return;
        var nullable = values.Any(v => v is null);
        schema.Type ??= nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        var described = new List<(string Value, string Text)>();
        foreach (var name in Enum.GetNames(type))
        {
            var text = type.GetField(name)
                ?.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false)
                .OfType<System.ComponentModel.DescriptionAttribute>()
                .FirstOrDefault()
                ?.Description;
            described.Add((System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name), text ?? ""));
        }
        var byValue = described.ToDictionary(d => d.Value, d => d.Text);
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enum-descriptions"] = new JsonNodeExtension(
            new JsonArray([
                .. values
                    .Where(v => v is not null)
                    .Select(v => (JsonNode)JsonValue.Create(byValue.GetValueOrDefault(v!.GetValue<string>(), ""))),
            ])
        );
        if (described.All(d => d.Text.Length == 0))
            return;
        var list = string.Join("; ", described.Where(d => d.Text.Length > 0).Select(d => $"`{d.Value}`: {d.Text}"));
        schema.Description = string.IsNullOrEmpty(schema.Description)
            ? $"Values: {list}"
            : $"{schema.Description} Values: {list}";
    }

    /// <summary>
    /// Notes which properties of an object a request must name: those <c>[JsonRequired]</c> (refused when absent) or
    /// <c>[Required]</c> (a field error when absent). The generator also lists every constructor parameter, which
    /// the service does not require. <c>[Required]</c> ones must also have a value: the services' validation
    /// refuses null as it refuses absent (the record's type is nullable only so that it can say so as a field
    /// error), while a <c>[JsonRequired]</c> one may be null where its type allows it (PUT /me/profile clears so).
    /// </summary>
    private static void MarkStrictRequired(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
            return;
        var strict = new JsonArray();
        var valued = new JsonArray();
        foreach (var p in type.Properties)
        {
            var annotated = p.AttributeProvider?.GetCustomAttributes(typeof(RequiredAttribute), true).Length > 0;
            if (p.IsRequired || annotated)
                strict.Add(p.Name);
            if (annotated)
                valued.Add(p.Name);
        }
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions[StrictRequired] = new JsonNodeExtension(strict);
        schema.Extensions[ValueRequired] = new JsonNodeExtension(valued);
    }

    /// <summary>A list property's <see cref="EachItemAttribute"/> becomes its items' minLength, maxLength and pattern.</summary>
    private static void EachItemDeclared(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
            return;
        foreach (var p in type.Properties)
        {
            if (
                p.AttributeProvider?.GetCustomAttributes(typeof(EachItemAttribute), true)
                    is not [EachItemAttribute each]
                || !schema.Properties.TryGetValue(p.Name, out var list)
                || list is not OpenApiSchema { Items: OpenApiSchema item }
            )
                continue;
            if (each.MinLength > 0)
                item.MinLength = each.MinLength;
            if (each.MaxLength > 0)
                item.MaxLength = each.MaxLength;
            if (each.Pattern is not null)
                item.Pattern = each.Pattern;
        }
    }

    /// <summary>
    /// Required means always present. Answers leave null properties out (WhenWritingNull), so a property that may be
    /// null is not required; a request may leave out all but what it must name, so in a schema only requests use,
    /// only those stay required.
    /// </summary>
    private static void RequiredMeansPresent(OpenApiDocument doc)
    {
        var schemas = doc.Components?.Schemas;
        if (schemas is null)
            return;
        var inResponses = Reachable(
            doc,
            doc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
                .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? [])
                .SelectMany(r => r.Content?.Values.AsEnumerable() ?? [])
                .Select(m => m.Schema)
        );
        foreach (var (name, item) in schemas)
        {
            if (item is not OpenApiSchema schema)
                continue;
            var strict = Marked(schema, StrictRequired);
            foreach (var property in Marked(schema, ValueRequired))
                NotNull(schema, property);
            if (schema.Required is not { Count: > 0 } required)
                continue;
            foreach (var property in required.ToList())
            {
                if (strict.Contains(property))
                {
                    // A default is what a left-out property means; one that must be sent has none (a [DefaultValue]
                    // on it is for GraphQL, where the field may be left out).
                    if (schema.Properties?.TryGetValue(property, out var named) == true && named is OpenApiSchema s)
                        s.Default = null;
                    continue;
                }
                IOpenApiSchema? value = null;
                schema.Properties?.TryGetValue(property, out value);
                if (!inResponses.Contains(name) || value is null || AllowsNull(value))
                    required.Remove(property);
            }
            if (required.Count == 0)
                schema.Required = null;
        }
    }

    private static HashSet<string> Marked(OpenApiSchema schema, string mark) =>
        schema.Extensions?.Remove(mark, out var value) == true && value is JsonNodeExtension n
            ? n.Node.AsArray().Select(x => x!.GetValue<string>()).ToHashSet()
            : [];

    /// <summary>
    /// The property's schema without null: <c>["null", "string"]</c> becomes <c>"string"</c>, and the
    /// <c>oneOf: [{type: null}, {$ref}]</c> the generator writes for a nullable enum becomes the reference.
    /// </summary>
    private static void NotNull(OpenApiSchema schema, string property)
    {
        if (schema.Properties?.TryGetValue(property, out var value) != true || value is not OpenApiSchema s)
            return;
        if (s.Type is { } type && type.HasFlag(JsonSchemaType.Null))
            s.Type = type & ~JsonSchemaType.Null;
        if (s.OneOf is { Count: 2 } one && one.Count(IsNullType) == 1)
            schema.Properties[property] = one.Single(x => !IsNullType(x));
    }

    private static bool IsNullType(IOpenApiSchema s) =>
        s is not OpenApiSchemaReference && s.Type == JsonSchemaType.Null;

    private static HashSet<string> Reachable(OpenApiDocument doc, IEnumerable<IOpenApiSchema?> roots)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<IOpenApiSchema>(roots.OfType<IOpenApiSchema>());
        while (stack.TryPop(out var s))
        {
            if (s is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (seen.Add(id) && doc.Components?.Schemas?.TryGetValue(id, out var target) == true)
                    stack.Push(target);
                continue;
            }
            foreach (var child in Children(s))
                stack.Push(child);
        }
        return seen;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema s) =>
        (s.Properties?.Values ?? [])
            .Concat(s.Items is null ? [] : [s.Items])
            .Concat(s.AdditionalProperties is null ? [] : [s.AdditionalProperties])
            .Concat(s.OneOf ?? [])
            .Concat(s.AnyOf ?? [])
            .Concat(s.AllOf ?? []);

    private static bool AllowsNull(IOpenApiSchema s) =>
        s is not OpenApiSchemaReference
        && (
            s.Type is { } t && t.HasFlag(JsonSchemaType.Null)
            || (s.OneOf ?? [])
                .Concat(s.AnyOf ?? [])
                .Any(x => x is not OpenApiSchemaReference && x.Type == JsonSchemaType.Null)
        );

    /// <summary>RFC 9457 as this service writes it (<see cref="Rest.Common.ProblemResponses"/>).</summary>
    private static void ProblemDetailsAsSent(OpenApiDocument doc)
    {
        var schemas = doc.Components?.Schemas;
        if (schemas is null || !schemas.ContainsKey("ProblemDetails"))
            return;
        schemas["ProblemDetails"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description =
                "An error (RFC 9457, application/problem+json). `code` is the same error code GraphQL gives in "
                + "extensions.code; a 400 lists every invalid field under `errors`.",
            Required = new HashSet<string> { "type", "title", "status", "detail", "code" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "uri-reference",
                    Description = "A URI naming the kind of problem.",
                },
                ["title"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "A short summary of the kind of problem.",
                },
                ["status"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Description = "The HTTP status code.",
                },
                ["detail"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "What was wrong with this request, in the client's terms.",
                },
                ["code"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description =
                        "A stable error code, the same GraphQL gives in extensions.code: VALIDATION_FAILED (400 with "
                        + "`errors`), BAD_REQUEST (400: unreadable input), UNAUTHENTICATED (401), FORBIDDEN (403), NOT_FOUND "
                        + "(404, also for what you may not see), METHOD_NOT_ALLOWED (405), NOT_ACCEPTABLE (406), CONFLICT "
                        + "(409), PRECONDITION_FAILED (412: the If-Match version is stale), PAYLOAD_TOO_LARGE (413), "
                        + "UNSUPPORTED_MEDIA_TYPE (415), PRECONDITION_REQUIRED (428: send If-Match), TOO_MANY_REQUESTS "
                        + "(429), INTERNAL_ERROR (500).",
                    Enum =
                    [
                        .. ErrorStatuses
                            .Select(Rest.Common.ProblemResponses.CodeOf)
                            .Append("VALIDATION_FAILED")
                            .Distinct()
                            .Select(c => (JsonNode)JsonValue.Create(c)),
                    ],
                    Examples = [JsonValue.Create("VALIDATION_FAILED")],
                },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description =
                        "With VALIDATION_FAILED: every invalid field (or query parameter) and what is wrong with it.",
                    AdditionalProperties = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        Items = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            },
            AdditionalPropertiesAllowed = false,
        };
    }

    private static void Operation(OpenApiDocument doc, string path, HttpMethod method, OpenApiOperation operation)
    {
        operation.OperationId = OperationIds.For(method, path);
        operation.Responses ??= [];
        operation.Parameters ??= [];
        var statuses = operation.Responses.Keys.ToHashSet();

        if (statuses.Contains("412") || statuses.Contains("428"))
            operation.Parameters.Add(
                new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = statuses.Contains("428"),
                    Description =
                        "The ETag of the version you read (`\"{version}.{hash}\"`, or just `\"{version}\"`): the change is "
                        + "refused with 412 when the resource has changed since"
                        + (
                            statuses.Contains("428")
                                ? ", and with 428 when left out."
                                : "; without it, it is made anyway."
                        ),
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                }
            );
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
            if (p.Name == "pageSize" && p.Schema is OpenApiSchema size)
            {
                size.Minimum = "1";
                size.Maximum = PageRequest.MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                size.Default = JsonValue.Create(PageRequest.DefaultSize);
                p.Description ??= $"Page size, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).";
            }
            else if (p.Name == "after")
                p.Description ??= "The cursor to continue after: take it from `links.next.href` of the page before.";

        // What every operation can answer: input it cannot read (400), an Accept it cannot serve (406).
        if (!statuses.Contains("400"))
            operation.Responses["400"] = Problem(
                doc,
                "Bad Request: the input is invalid (every invalid field is listed)."
            );
        if (!statuses.Contains("406"))
            operation.Responses["406"] = Problem(
                doc,
                "Not Acceptable: the Accept header names no media type this operation answers."
            );

        var versioned = Versioned(doc);
        foreach (var (status, item) in operation.Responses)
        {
            if (item is not OpenApiResponse response)
                continue;
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["API-Version"] = new OpenApiHeaderReference("API-Version", doc);
            if (status == "201")
                response.Headers["Location"] = Header("Where the created resource is.", required: true);
            if (status == "429")
                response.Headers["Retry-After"] = Header("Seconds to wait before trying again.", required: false);
            // A report as CSV or HTML is text, not the JSON object the generator reused for it.
            foreach (var (media, content) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                if (
                    !media.Contains("json", StringComparison.OrdinalIgnoreCase)
                    && content.Schema is OpenApiSchemaReference
                )
                    content.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = $"The same answer as {media}.",
                    };
            var body = response.Content?.Values.FirstOrDefault()?.Schema;
            if (
                status == "304"
                || status.StartsWith('2')
                    && body is OpenApiSchemaReference { Reference.Id: { } id }
                    && versioned.Contains(id)
            )
                response.Headers["ETag"] = new OpenApiHeaderReference("ETag", doc);
        }
    }

    private static void SharedHeaders(OpenApiDocument doc)
    {
        doc.Components ??= new OpenApiComponents();
        doc.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        doc.Components.Headers["API-Version"] = Header(
            $"The version of this API, on every response (/core/version-header): {SecurityHeaders.ApiVersion}.",
            required: true
        );
        doc.Components.Headers["ETag"] = Header(
            "The version of the resource as this viewer is shown it (`\"{version}.{hash}\"`): send it as If-Match to "
                + "change it, or as If-None-Match to read it only when it changed.",
            required: true
        );
    }

    /// <summary>The resources answered with an ETag: those with a version, and the catalogue entries.</summary>
    private static HashSet<string> Versioned(OpenApiDocument doc) =>
        (doc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .Where(s =>
                s.Value.Properties?.ContainsKey("version") == true
                || s.Key is "DomainDto" or "ProfessionDto" or "ConcernTypeDto" or "MunicipalityDto"
            )
            .Select(s => s.Key)
            .ToHashSet();

    private static OpenApiHeader Header(string description, bool required) =>
        new()
        {
            Description = description,
            Required = required,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };

    private static OpenApiResponse Problem(OpenApiDocument doc, string description) =>
        new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", doc) },
            },
        };

    /// <summary>
    /// The server is <c>/api/v1</c> (relative to where the document is served) and the paths are relative to it, so
    /// the major version is in the server URL as /core/uri-version asks.
    /// </summary>
    private static void ServerWithMajorVersion(OpenApiDocument doc)
    {
        doc.Servers = [new OpenApiServer { Url = BasePath, Description = "This service, version 1." }];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in doc.Paths)
            paths[path.StartsWith(BasePath + "/", StringComparison.Ordinal) ? path[BasePath.Length..] : path] = item;
        doc.Paths = paths;
    }
}

/// <summary>
/// Stable camelCase operationIds from the method and path, the names a generated client's methods get:
/// <c>GET /organisations</c> listOrganisations, <c>GET /organisations/{id}</c> getOrganisation, <c>POST
/// /organisations/{id}/deactivate</c> deactivateOrganisation, <c>PUT /me/profile</c> updateMyProfile.
/// </summary>
public static class OperationIds
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["POST /professionals/search"] = "searchProfessionals",
        ["POST /lookups"] = "lookUpContacts",
        ["POST /me/listing"] = "setMyListing",
        ["PUT /me/consent"] = "setMyConsent",
        ["POST /me/verification"] = "verifyMyEntry",
        ["POST /workshops/{id}/participants/import"] = "importWorkshopParticipants",
        ["POST /workshops/{id}/trust"] = "confirmWorkshopTrust",
        ["PUT /workshops/{id}/attendance"] = "updateWorkshopAttendance",
        ["GET /export"] = "exportDirectory",
    };

    private static readonly HashSet<string> Actions = ["deactivate", "reactivate", "confirm", "reconfirm", "revoke"];

    public static string For(HttpMethod method, string path)
    {
        var relative = path.StartsWith(OpenApiContract.BasePath + "/", StringComparison.Ordinal)
            ? path[OpenApiContract.BasePath.Length..]
            : path;
        if (Named.TryGetValue($"{method.Method} {relative}", out var named))
            return named;
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments[^1];
        var action = method == HttpMethod.Post && Actions.Contains(last) ? last : null;
        var nouns = action is null ? segments : segments[..^1];
        var item = nouns[^1].StartsWith('{');
        var words = new List<string>();
        for (var i = 0; i < nouns.Length; i++)
        {
            var s = nouns[i];
            if (s.StartsWith('{'))
                continue;
            var followedById = i + 1 < nouns.Length && nouns[i + 1].StartsWith('{');
            var lastNoun = i == nouns.Length - 1;
            var singular = followedById || lastNoun && method == HttpMethod.Post && action is null;
            words.Add(s == "me" ? "My" : Pascal(singular ? Singular(s) : s));
        }
        if (words is ["My"])
            words = ["Me"];
        var verb = action
            ?? (
                method.Method switch
                {
                    "GET" => item || !nouns[^1].EndsWith('s') ? "get" : "list",
                    "POST" => "create",
                    "PUT" => "update",
                    "PATCH" => "patch",
                    "DELETE" => "remove",
                    _ => method.Method.ToLowerInvariant(),
                }
            );
        return verb + string.Concat(words);
    }

    private static string Singular(string s) =>
        s.EndsWith("ies", StringComparison.Ordinal) ? s[..^3] + "y"
        : s.EndsWith('s') ? s[..^1]
        : s;

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
