using System.Globalization;
using System.Text.Json.Nodes;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>
/// One JSON Schema of the served OpenAPI document, resolved: <c>$ref</c>s followed and the
/// <c>oneOf: [{type: null}, {$ref}]</c> spelling of a nullable reference folded into <see cref="Types"/>.
/// Only what the document declares is here; a constraint it leaves out (maxLength, say) is null.
/// </summary>
public sealed record DocumentSchema(
    string Name,
    IReadOnlySet<string> Types,
    string? Format,
    IReadOnlyList<string>? Enum,
    IReadOnlyDictionary<string, DocumentSchema> Properties,
    IReadOnlySet<string> Required,
    bool Closed,
    DocumentSchema? Items,
    int? MinLength,
    int? MaxLength,
    decimal? Minimum,
    decimal? Maximum,
    int? MinItems,
    int? MaxItems
)
{
    public bool Nullable => Types.Contains("null");

    public bool Is(string type) => Types.Contains(type);

    /// <summary>
    /// Must the property be sent with a value? The document lists nearly every property as required, also those
    /// whose type admits null; the service reads a missing property as null, so only a required property the
    /// document does not let be null has to be there, unless <see cref="DocumentGaps"/> records that the service
    /// lets it be left out (a gap in the document: it should not call the property required).
    /// </summary>
    public bool MustHaveValue(string property) =>
        Required.Contains(property)
        && !Properties[property].Nullable
        && DocumentGaps.Known.For(Name, property)?.NeedsValue != false;

    public static DocumentSchema Read(JsonObject document, JsonNode node, string name)
    {
        var schema = node.AsObject();
        if (schema["$ref"] is { } reference)
        {
            var target = reference.GetValue<string>().Split('/')[^1];
            return Read(document, document["components"]!["schemas"]![target]!, target);
        }
        if (schema["oneOf"] is JsonArray oneOf && oneOf.Any(o => o?["type"]?.ToString() == "null") && oneOf.Count == 2)
        {
            var inner = Read(document, oneOf.Single(o => o?["type"]?.ToString() != "null")!, name);
            return inner with { Types = new HashSet<string>(inner.Types) { "null" } };
        }
        var types = schema["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToHashSet(),
            JsonValue v => [v.GetValue<string>()],
            _ when schema["enum"] is JsonArray values => values.Any(v => v is null) ? ["string", "null"] : ["string"],
            _ => new HashSet<string>(),
        };
        var properties = (schema["properties"]?.AsObject() ?? []).ToDictionary(
            p => p.Key,
            p => Read(document, p.Value!, $"{name}.{p.Key}")
        );
        return new DocumentSchema(
            name,
            types,
            schema["format"]?.GetValue<string>(),
            schema["enum"]?.AsArray().Where(e => e is not null).Select(e => e!.ToString()).ToList(),
            properties,
            (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet(),
            schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>(),
            schema["items"] is { } items ? Read(document, items, $"{name}[]") : null,
            Int(schema["minLength"]),
            Int(schema["maxLength"]),
            Dec(schema["minimum"]),
            Dec(schema["maximum"]),
            Int(schema["minItems"]),
            Int(schema["maxItems"])
        );
    }

    private static int? Int(JsonNode? n) => n?.GetValue<int>();

    private static decimal? Dec(JsonNode? n) => n?.GetValue<decimal>();

    /// <summary>Where <paramref name="value"/> breaks this schema, as JSON paths below <paramref name="path"/> (empty: it conforms).</summary>
    public IEnumerable<string> Violations(JsonNode? value, string path = "$")
    {
        if (value is null)
        {
            if (!Nullable && Types.Count > 0)
                yield return path;
            yield break;
        }
        var kind = KindOf(value);
        if (Types.Count > 0 && !Types.Contains(kind) && !(kind == "integer" && Types.Contains("number")))
        {
            yield return path;
            yield break;
        }
        switch (value)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key))
                    if (Closed && !Properties.ContainsKey(key))
                        yield return $"{path}.{key}";
                foreach (var (key, schema) in Properties)
                {
                    if (!o.TryGetPropertyValue(key, out var child))
                    {
                        if (MustHaveValue(key))
                            yield return $"{path}.{key}";
                        continue;
                    }
                    foreach (var v in schema.Violations(child, $"{path}.{key}"))
                        yield return v;
                }
                break;
            case JsonArray a:
                if (a.Count < (MinItems ?? 0) || a.Count > (MaxItems ?? int.MaxValue))
                    yield return path;
                for (var i = 0; i < a.Count; i++)
                    foreach (var v in Items?.Violations(a[i], $"{path}[{i}]") ?? [])
                        yield return v;
                break;
            case JsonValue v when kind == "string":
                var s = v.GetValue<string>();
                if (Enum is not null && !Enum.Contains(s))
                    yield return path;
                else if (s.Length < (MinLength ?? 0) || s.Length > (MaxLength ?? int.MaxValue))
                    yield return path;
                else if (!FitsFormat(s))
                    yield return path;
                break;
            case JsonValue v when kind is "integer" or "number":
                var d = Number(v);
                if (d < (Minimum ?? decimal.MinValue) || d > (Maximum ?? decimal.MaxValue))
                    yield return path;
                else if (Format == "int32" && (d != decimal.Truncate(d) || d < int.MinValue || d > int.MaxValue))
                    yield return path;
                break;
        }
    }

    private bool FitsFormat(string s) =>
        Format switch
        {
            "date" => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uuid" => Guid.TryParseExact(s, "D", out _),
            _ => true,
        };

    public static string KindOf(JsonNode value) =>
        value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.Object => "object",
            System.Text.Json.JsonValueKind.Array => "array",
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
            _ => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d)
                ? "integer"
                : "number",
        };

    private static decimal Number(JsonNode value) =>
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : decimal.MaxValue;
}
