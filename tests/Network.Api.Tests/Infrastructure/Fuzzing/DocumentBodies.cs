using System.Text.Json.Nodes;
using CsCheck;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>A body the document refuses: the valid body it came from, changed at <see cref="Path"/>.</summary>
public sealed record DocumentViolation(JsonObject Body, string Path, string Why)
{
    public FuzzBody ToFuzzBody() => new(Body.ToJsonString(), null, Expect.Refused, $"document: {Why} at {Path}");
}

/// <summary>
/// Bodies generated from a <see cref="DocumentSchema"/> alone: valid ones (every required property, types,
/// formats and enum values as declared) and ones that break exactly one thing the document declares. And the
/// <see cref="BodyShape"/> of a request schema, for the feature property tests' mutations.
/// </summary>
public static class DocumentBodies
{
    /// <summary>A value the schema accepts. Text stays plain (see <see cref="JsonGen.Text"/>), so business rules may still refuse it.</summary>
    public static Gen<JsonNode?> Valid(DocumentSchema s)
    {
        var value = ValidValue(s);
        return s.Nullable && s.Types.Count > 1 ? Gen.Frequency((1, Gen.Const((JsonNode?)null)), (5, value)) : value;
    }

    public static Gen<JsonObject> ValidObject(DocumentSchema s) => ValidValue(s).Select(n => n!.AsObject());

    private static Gen<JsonNode?> ValidValue(DocumentSchema s)
    {
        if (s.Enum is { Count: > 0 })
            return Gen.OneOf(s.Enum.ToArray()).Select(v => (JsonNode?)JsonValue.Create(v));
        if (s.Is("object"))
        {
            var properties = s.Properties.ToArray();
            if (properties.Length == 0)
                return Gen.Const(() => (JsonNode?)new JsonObject());
            return Gen.Select(
                All(properties.Select(p => Valid(p.Value))),
                Gen.Bool.Array[properties.Length],
                (values, keep) =>
                {
                    var o = new JsonObject();
                    for (var i = 0; i < properties.Length; i++)
                        if (s.Required.Contains(properties[i].Key) || keep[i])
                            o[properties[i].Key] = values[i]?.DeepClone();
                    return (JsonNode?)o;
                }
            );
        }
        if (s.Is("array"))
        {
            var item = s.Items is null ? Gen.Const((JsonNode?)JsonValue.Create(1)) : Valid(s.Items);
            return item.Array[s.MinItems ?? 0, Math.Min(s.MaxItems ?? 4, 4)]
                .Select(a => (JsonNode?)new JsonArray(a.Select(x => x?.DeepClone()).ToArray()));
        }
        if (s.Is("string"))
            return s.Format switch
            {
                "date" => JsonGen.Date.Select(d => (JsonNode?)JsonValue.Create(d.ToString("yyyy-MM-dd"))),
                "uuid" => Gen.Guid.Select(g => (JsonNode?)JsonValue.Create(g.ToString())),
                _ => JsonGen
                    .Text(Math.Max(s.MinLength ?? 1, s.MaxLength ?? 60))
                    .Where(t => t.Length >= (s.MinLength ?? 0))
                    .Select(t => (JsonNode?)JsonValue.Create(t)),
            };
        if (s.Is("integer"))
            return Gen.Int[
                    (int)Math.Max(s.Minimum ?? int.MinValue, int.MinValue),
                    (int)Math.Min(s.Maximum ?? int.MaxValue, int.MaxValue)
                ]
                .Select(i => (JsonNode?)JsonValue.Create(i));
        if (s.Is("number"))
            return Gen.Double[-1e6, 1e6].Select(d => (JsonNode?)JsonValue.Create(d));
        if (s.Is("boolean"))
            return Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b));
        return Gen.Const((JsonNode?)null);
    }

    private static Gen<JsonNode?[]> All(IEnumerable<Gen<JsonNode?>> gens) =>
        gens.Aggregate(Gen.Const(() => new List<JsonNode?>()), (acc, g) =>
                Gen.Select(acc, g, (list, v) => new List<JsonNode?>(list) { v })
            )
            .Select(list => list.ToArray());

    /// <summary>
    /// Valid bodies whose properties, each now and then, take the value a real resource of the service has under
    /// the same name (where it fits the schema; a list of objects gives their ids), so generated bodies get past
    /// the service's checks of ids and catalogue entries more often than random text and uuids would.
    /// </summary>
    public static Gen<JsonObject> Blended(DocumentSchema s, JsonObject? sample)
    {
        if (sample is null)
            return ValidObject(s);
        var names = s.Properties.Keys.ToArray();
        return Gen.Select(ValidObject(s), Gen.Bool.Array[names.Length], (body, take) =>
        {
            for (var i = 0; i < names.Length; i++)
                if (take[i] && Harvest(s.Properties[names[i]], sample[names[i]]) is { } value)
                    body[names[i]] = value;
            return body;
        });
    }

    private static JsonNode? Harvest(DocumentSchema property, JsonNode? seen)
    {
        if (seen is null)
            return null;
        var value = seen.DeepClone();
        if (value is JsonArray list && list.All(x => x is JsonObject o && IdOf(o) is not null))
            value = new JsonArray([.. list.Select(x => IdOf(x!.AsObject())!.DeepClone())]);
        return property.Violations(value).Any() ? null : value;
    }

    /// <summary>What a listed object is known by: its id, or the one property naming another resource's id.</summary>
    private static JsonNode? IdOf(JsonObject o) =>
        o["id"] ?? o.Where(p => p.Key.EndsWith("Id", StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();

    /// <summary>One change to <paramref name="body"/> that the document refuses, anywhere in it (nested objects and list items too).</summary>
    public static Gen<DocumentViolation> Violation(DocumentSchema schema, JsonObject body)
    {
        var options = new List<Gen<DocumentViolation>>();
        Collect(schema, body, "$", (path, value, why) => Replace(body, path, value), options);
        return Gen.OneOf([.. options]);
    }

    /// <summary>Valid bodies of <paramref name="schema"/>, each broken in one declared way.</summary>
    public static Gen<DocumentViolation> Violations(DocumentSchema schema, Gen<JsonObject> valid) =>
        valid.SelectMany(b => Violation(schema, b));

    private delegate JsonObject Change(string path, JsonNode? value, string why);

    private static readonly string Removed = "\u0000removed";

    private static void Collect(
        DocumentSchema schema,
        JsonObject o,
        string path,
        Change change,
        List<Gen<DocumentViolation>> options
    )
    {
        if (schema.Closed)
            options.Add(
                Gen.OneOf("unknownProperty", "isAdmin", "__proto__", "$type")
                    .Select(name => new DocumentViolation(
                        change($"{path}.{name}", JsonValue.Create(1), ""),
                        $"{path}.{name}",
                        $"property '{name}' the document does not have"
                    ))
            );
        foreach (var (name, property) in schema.Properties)
        {
            var at = $"{path}.{name}";
            if (!o.ContainsKey(name) && !schema.MustHaveValue(name))
                continue;
            if (schema.MustHaveValue(name))
                options.Add(
                    Gen.Const(() =>
                        new DocumentViolation(
                            change(at, JsonValue.Create(Removed), ""),
                            at,
                            $"required '{name}' missing"
                        )
                    )
                );
            foreach (var bad in BadValues(property))
            {
                var (value, why) = bad;
                options.Add(Gen.Const(() => new DocumentViolation(change(at, value?.DeepClone(), why), at, why)));
            }
            switch (o[name])
            {
                case JsonObject nested when property.Is("object"):
                    Collect(property, nested, at, change, options);
                    break;
                case JsonArray { Count: > 0 } list when property.Items is { } items && items.Is("object"):
                    for (var i = 0; i < list.Count; i++)
                        if (list[i] is JsonObject item)
                            Collect(items, item, $"{at}[{i}]", change, options);
                    break;
                case JsonArray { Count: > 0 } list when property.Items is { } items:
                    foreach (var (value, why) in BadValues(items))
                        options.Add(
                            Gen.Const(() =>
                                new DocumentViolation(
                                    change($"{at}[0]", value?.DeepClone(), why),
                                    $"{at}[0]",
                                    $"item: {why}"
                                )
                            )
                        );
                    break;
            }
        }
    }

    /// <summary>Values of the property that break its declared type, format, enum or bounds.</summary>
    private static IEnumerable<(JsonNode? Value, string Why)> BadValues(DocumentSchema s)
    {
        if (!s.Nullable)
            yield return (null, "null where the document allows none");
        JsonNode?[] kinds =
        [
            JsonValue.Create(7),
            JsonValue.Create(true),
            JsonValue.Create("text"),
            new JsonObject { ["x"] = 1 },
            new JsonArray(1, 2),
            JsonValue.Create(1.5),
        ];
        foreach (var k in kinds)
            if (
                !s.Types.Contains(DocumentSchema.KindOf(k!))
                && !(s.Types.Contains("number") && DocumentSchema.KindOf(k!) == "integer")
            )
                yield return (
                    k,
                    $"a {DocumentSchema.KindOf(k!)} where the document says {string.Join(" or ", s.Types)}"
                );
        if (s.Enum is not null)
            foreach (var v in new[] { "unknownValue", "", s.Enum[0].ToUpperInvariant() + "_X" })
                yield return (JsonValue.Create(v), $"'{v}' is not one of the document's values");
        if (s.Is("string"))
        {
            string[] bad = s.Format switch
            {
                "date" => ["2026-02-30", "29-11-2026", "2026-1-1", "", "2026-01-01T00:00:00"],
                "uuid" => ["not-a-uuid", "", "   ", "1234", new string('a', 37), Guid.NewGuid() + "\u0001"],
                _ => [],
            };
            foreach (var v in bad)
                yield return (JsonValue.Create(v), $"'{v}' is not a {s.Format}");
            if (s.MaxLength is { } max)
                yield return (JsonValue.Create(new string('x', max + 1)), $"over maxLength {max}");
            if (s.MinLength is { } min and > 0)
                yield return (JsonValue.Create(new string('x', min - 1)), $"under minLength {min}");
        }
        if (s.Format == "int32")
            yield return (JsonValue.Create(2147483648L), "outside int32");
        if (s.Maximum is { } maximum)
            yield return (JsonValue.Create(maximum + 1), $"over maximum {maximum}");
        if (s.Minimum is { } minimum)
            yield return (JsonValue.Create(minimum - 1), $"under minimum {minimum}");
        if (s.MaxItems is { } maxItems && s.Items is not null)
            yield return (
                new JsonArray([.. Enumerable.Range(0, maxItems + 1).Select(_ => Valid(s.Items).Single())]),
                $"over maxItems {maxItems}"
            );
    }

    /// <summary>A copy of <paramref name="body"/> with the value at a $.a[0].b path replaced (or removed).</summary>
    private static JsonObject Replace(JsonObject body, string path, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var steps = System
            .Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]")
            .Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value))
            .ToList();
        JsonNode parent = copy;
        foreach (var step in steps.SkipLast(1))
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        var last = steps[^1];
        var remove = value is JsonValue v && v.TryGetValue<string>(out var s) && s == Removed;
        if (last is string name)
        {
            if (remove)
                parent.AsObject().Remove(name);
            else
                parent[name] = value;
        }
        else
            parent[(int)last] = value;
        return copy;
    }

    /// <summary>
    /// The shape the feature property tests mutate, from the request schema: every property with its declared type;
    /// required where the document requires a value; caps where it declares them, else where <paramref name="gaps"/>
    /// names the service's cap the document leaves out. Server-owned names are the answer's properties the request lacks.
    /// </summary>
    public static BodyShape Shape(DocumentSchema request, DocumentSchema? response, DocumentGaps gaps)
    {
        var fields = request
            .Properties.Select(p =>
            {
                var gap = gaps.For(request.Name, p.Key);
                var items = p.Value.Items;
                var item = items is not null && items.Is("object") ? Shape(items, null, gaps) : null;
                return new Field(
                    p.Key,
                    KindOf(p.Value),
                    Required: gap?.NeedsValue ?? request.MustHaveValue(p.Key),
                    MaxLength: p.Value.MaxLength ?? gap?.MaxLength,
                    MaxItems: p.Value.MaxItems ?? gap?.MaxItems,
                    Item: item,
                    ItemExample: item is null ? null : () => Valid(items!).Where(n => n is not null).Single()!
                );
            })
            .ToList();
        var serverOwned = response
            ?.Properties.Keys.Except(request.Properties.Keys)
            .Order(StringComparer.Ordinal)
            .ToList()
            ?? [];
        return new BodyShape(fields, serverOwned);
    }

    private static FieldKind KindOf(DocumentSchema s) =>
        s.Enum is not null ? FieldKind.Enum
        : s.Is("string") ? FieldKind.Text
        : s.Is("integer") || s.Is("number") ? FieldKind.Number
        : s.Is("boolean") ? FieldKind.Boolean
        : s.Is("array") ? (s.Items is { } i && i.Is("object") ? FieldKind.ObjectList : FieldKind.TextList)
        : FieldKind.Object;
}
