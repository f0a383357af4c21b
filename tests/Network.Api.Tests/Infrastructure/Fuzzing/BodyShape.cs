using System.Text.Json.Nodes;
using CsCheck;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>One field of a write body as the API documents it: type, whether required, and its caps.</summary>
public sealed record Field(
    string Name,
    FieldKind Kind,
    bool Required = false,
    int? MaxLength = null,
    int? MaxItems = null,
    BodyShape? Item = null,
    Func<JsonNode>? ItemExample = null
);

/// <summary>
/// The shape of a write body: its fields and the server-owned names a client must not send. From it,
/// <see cref="Malformed"/> derives bodies that are invalid by construction, to be mixed with a feature's valid ones.
/// </summary>
public sealed record BodyShape(IReadOnlyList<Field> Fields, IReadOnlyList<string> ServerOwned)
{
    private static readonly string[] UnknownNames =
    [
        "foo",
        "password",
        "isAdmin",
        "__proto__",
        "$type",
        "municipalityCode",
        "extra",
        "bsn",
    ];

    /// <summary>Valid bodies, each turned invalid in one way (or, recursively, in one of its list items).</summary>
    public Gen<FuzzBody> Malformed(Gen<JsonObject> valid) =>
        valid.SelectMany(body =>
            Gen.Frequency(
                (4, ObjectMutation(body).Select(m => new FuzzBody(m.Body.ToJsonString(), null, Expect.Refused, m.Why))),
                (1, Syntax(body.ToJsonString()))
            )
        );

    /// <summary>One change that makes the object invalid; returns a new object.</summary>
    public Gen<(JsonObject Body, string Why)> ObjectMutation(JsonObject body)
    {
        var options = new List<(int, IGen<(JsonObject, string)>)>
        {
            (
                2,
                Gen.Select(Gen.OneOf(UnknownNames), JsonGen.AnyValue, (name, value) =>
                    With(body, name, value, $"unknown property '{name}'")
                )
            ),
            (3, WrongTypes(body)),
        };
        if (ServerOwned.Count > 0)
            options.Add(
                (
                    2,
                    Gen.Select(Gen.OneOf(ServerOwned.ToArray()), JsonGen.AnyValue, (name, value) =>
                        With(body, name, value, $"server-owned property '{name}'")
                    )
                )
            );
        var required = Fields.Where(f => f.Required).ToArray();
        if (required.Length > 0)
        {
            options.Add((2, Gen.OneOf(required).Select(f => Without(body, f.Name, $"required '{f.Name}' missing"))));
            options.Add((1, Gen.OneOf(required).Select(f => With(body, f.Name, null, $"required '{f.Name}' null"))));
        }
        var texts = Fields.Where(f => f.Kind == FieldKind.Text && f.MaxLength is not null).ToArray();
        if (texts.Length > 0)
            options.Add(
                (
                    4,
                    Gen.OneOf(texts)
                        .SelectMany(f => BadText(f).Select(s => With(body, f.Name, s, $"bad text in '{f.Name}'")))
                )
            );
        var enums = Fields.Where(f => f.Kind == FieldKind.Enum).ToArray();
        if (enums.Length > 0)
            options.Add(
                (
                    2,
                    Gen.Select(Gen.OneOf(enums), Gen.OneOf("", "unknownValue", "EMAIL_X", "0", "null"), (f, v) =>
                        With(body, f.Name, v, $"unknown enum value in '{f.Name}'")
                    )
                )
            );
        var lists = Fields
            .Where(f =>
                f.MaxItems is not null && (f.ItemExample is not null || body[f.Name] is JsonArray { Count: > 0 })
            )
            .ToArray();
        if (lists.Length > 0)
        {
            options.Add(
                (
                    2,
                    Gen.OneOf(lists)
                        .SelectMany(f =>
                            Gen.Int[1, 5]
                                .Select(extra =>
                                    With(
                                        body,
                                        f.Name,
                                        LongList(body, f, f.MaxItems!.Value + extra),
                                        $"'{f.Name}' over {f.MaxItems} items"
                                    )
                                )
                        )
                )
            );
            options.Add(
                (1, Gen.OneOf(lists).Select(f => With(body, f.Name, WithNull(body, f), $"null item in '{f.Name}'")))
            );
        }
        var nested = Fields.Where(f => f.Item is not null && body[f.Name] is JsonArray { Count: > 0 }).ToArray();
        if (nested.Length > 0)
            options.Add(
                (
                    3,
                    Gen.OneOf(nested)
                        .SelectMany(f =>
                        {
                            var items = body[f.Name]!.AsArray();
                            return Gen.Int[0, items.Count - 1]
                                .SelectMany(i =>
                                    f.Item!.ObjectMutation(items[i]!.AsObject())
                                        .Select(m =>
                                        {
                                            var copy = items.DeepClone().AsArray();
                                            copy[i] = m.Body;
                                            return With(body, f.Name, copy, $"{f.Name}[{i}]: {m.Why}");
                                        })
                                );
                        })
                )
            );
        return Gen.Frequency([.. options]);
    }

    private Gen<(JsonObject, string)> WrongTypes(JsonObject body) =>
        Gen.OneOf(Fields.ToArray())
            .SelectMany(f => JsonGen.WrongType(f.Kind).Select(v => With(body, f.Name, v, $"wrong type in '{f.Name}'")));

    private static Gen<string> BadText(Field f) =>
        f.Required
            ? JsonGen.BadRequiredText(f.MaxLength!.Value)
            : JsonGen.BadRequiredText(f.MaxLength!.Value).Where(s => s.Trim().Length > 0); // blank optional text may be fine

    private static Gen<FuzzBody> Syntax(string text) =>
        Gen.OneOf(
            Gen.Int[1, Math.Max(1, text.Length - 1)]
                .Select(cut => new FuzzBody(text[..cut], null, Expect.Refused, "truncated JSON")),
            Gen.OneOf("}", ",", "x", "{}", "]")
                .Select(tail => new FuzzBody(text + tail, null, Expect.Refused, $"trailing '{tail}'")),
            Gen.Const(new FuzzBody(text.Replace("\"", "'"), null, Expect.Refused, "single quotes")),
            Gen.Const(new FuzzBody(text.Insert(text.Length - 1, ","), null, Expect.Refused, "trailing comma")),
            Gen.Const(new FuzzBody("/*c*/" + text, null, Expect.Refused, "comment"))
        );

    private static JsonArray LongList(JsonObject body, Field f, int count)
    {
        var existing = body[f.Name] as JsonArray;
        return new JsonArray(
            Enumerable
                .Range(0, count)
                .Select(i => existing is { Count: > 0 } ? existing[i % existing.Count]!.DeepClone() : f.ItemExample!())
                .ToArray()
        );
    }

    private static JsonArray WithNull(JsonObject body, Field f)
    {
        var list = (body[f.Name] as JsonArray)?.DeepClone().AsArray() ?? [];
        if (list.Count == 0 && f.ItemExample is not null)
            list.Add(f.ItemExample());
        list.Add(null);
        return list;
    }

    private static (JsonObject, string) With(JsonObject body, string name, JsonNode? value, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy[name] = value?.DeepClone();
        return (copy, why);
    }

    private static (JsonObject, string) Without(JsonObject body, string name, string why)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(name);
        return (copy, why);
    }
}
