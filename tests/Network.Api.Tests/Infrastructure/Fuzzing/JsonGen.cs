using System.Text.Json.Nodes;
using CsCheck;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>
/// Generators shared by every write operation's property tests: text and JSON values of every shape, and
/// mutations that turn a valid body into one the API must refuse. A feature supplies its valid-body generator
/// and the shape of its fields (<see cref="BodyShape"/>); this turns that into thousands of hostile variants.
/// </summary>
public static partial class JsonGen
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'.&()éëïöüçñßØÅ";

    /// <summary>Text a validator must accept: 1..max UTF-16 units, no control characters, not blank.</summary>
    public static Gen<string> Text(int max) =>
        Gen.Select(
            Gen.Char[Letters].Array[0, Math.Max(0, max - 1)],
            Gen.Char["abcdefghijklmnopqrstuvwxyz"],
            Gen.Int[0, 1],
            (body, anchor, padding) =>
            {
                var s = anchor + new string(body);
                s = padding == 1 && s.Length + 2 <= max ? $" {s} " : s; // surrounding spaces: stored trimmed
                s = s.Length > max ? s[..max] : s;
                return WithoutCaseData(s);
            }
        );

    /// <summary>
    /// Free text (and contact values) refuse what looks like client data (a BSN, "born", "dob"): text meant to be
    /// valid must not hold it by chance, so each such run becomes x's.
    /// </summary>
    public static string WithoutCaseData(string s) => CaseDataLike().Replace(s, m => new string('x', m.Length));

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\d{4}[ .]?\d{2}[ .]?\d{3}|\d{9}|\b(geboren|geb\.|born|dob|geboortedatum)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex CaseDataLike();

    /// <summary>A lowercase slug such as 'online-extremism': a-z and digits in single-hyphen-separated parts.</summary>
    public static Gen<string> Slug { get; } =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"]
            .Array[1, 12]
            .Array[1, 4]
            .Select(parts => string.Join('-', parts.Select(p => new string(p))));

    /// <summary>An ISO date (yyyy-MM-dd) between 2020 and 2035.</summary>
    public static Gen<DateOnly> Date { get; } = Gen.Int[0, 365 * 15].Select(d => new DateOnly(2020, 1, 1).AddDays(d));

    /// <summary>Text outside the plain range: emoji, right-to-left, combining marks, non-breaking spaces.</summary>
    public static Gen<string> UnusualText(int max) =>
        Gen.OneOf(
                Gen.Const("Zoë 🚀 Ĳsselmonde"),
                Gen.Const("مدرسة النور"),
                Gen.Const("e\u0301cole\u00a0de\u2003ville"),
                Gen.Const("שלום"),
                Gen.Const("ᚠᛇᚻ")
            )
            .Select(s => s.Length > max ? s[..max] : s);

    /// <summary>Strings a validator must refuse for a required text field of at most <paramref name="max"/> units.</summary>
    public static Gen<string> BadRequiredText(int max) =>
        Gen.OneOf(
            Gen.Const(""),
            Gen.Const("   "),
            Gen.Const("\t\n"),
            Gen.Int[max + 1, max + 50].Select(n => new string('x', n)),
            Gen.Select(Text(Math.Max(1, max - 1)), Gen.Char[(char)0, (char)31], (s, c) => s.Trim() + c + "x")
        );

    /// <summary>Any JSON value, nested a little, for wrong-type and junk bodies.</summary>
    public static Gen<JsonNode?> AnyValue { get; } =
        Gen.Recursive<JsonNode?>(
            (depth, self) =>
            {
                var leaf = Gen.OneOf<JsonNode?>(
                    Gen.Const((JsonNode?)null),
                    Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
                    Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
                    Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 0.5)),
                    Gen.Long.Select(l => (JsonNode?)JsonValue.Create((decimal)l * 1000)),
                    Gen.String[0, 20].Select(s => (JsonNode?)JsonValue.Create(s))
                );
                if (depth >= 3)
                    return leaf;
                return Gen.Frequency<JsonNode?>(
                    (6, leaf),
                    (
                        1,
                        self.Array[0, 3].Select(a => (JsonNode?)new JsonArray(a.Select(x => x?.DeepClone()).ToArray()))
                    ),
                    (1, Gen.Select(Gen.String["abcxyz"].Array[0, 3], self.Array[3], (k, v) =>
                        {
                            var o = new JsonObject();
                            for (var i = 0; i < k.Length; i++)
                                o[k[i] + i] = v[i]?.DeepClone();
                            return (JsonNode?)o;
                        }))
                );
            }
        );

    /// <summary>A JSON value of a type other than <paramref name="kind"/> (never null, so "optional" fields are still wrong).</summary>
    public static Gen<JsonNode> WrongType(FieldKind kind) =>
        Gen.OneOf<JsonNode>(
                Gen.Int.Select(i => (JsonNode)JsonValue.Create(i)),
                Gen.Bool.Select(b => (JsonNode)JsonValue.Create(b)),
                Gen.String[0, 10].Select(s => (JsonNode)JsonValue.Create(s)),
                Gen.Const(() => (JsonNode)new JsonObject { ["x"] = 1 }),
                Gen.Const(() => (JsonNode)new JsonArray(1, 2)),
                Gen.Const(() => (JsonNode)new JsonArray("a", "b"))
            )
            .Where(v => !Fits(kind, v));

    private static bool Fits(FieldKind kind, JsonNode v) =>
        kind switch
        {
            FieldKind.Text or FieldKind.Enum => v is JsonValue jv && jv.TryGetValue<string>(out _),
            FieldKind.TextList => v is JsonArray a && a.All(x => x is JsonValue s && s.TryGetValue<string>(out _)),
            FieldKind.ObjectList => v is JsonArray { Count: 0 },
            FieldKind.Number => v is JsonValue n && n.TryGetValue<int>(out _),
            FieldKind.Boolean => v is JsonValue b && b.TryGetValue<bool>(out _),
            FieldKind.Object => v is JsonObject,
            _ => false,
        };

    /// <summary>Bodies that are not JSON objects at all, or not JSON.</summary>
    public static Gen<FuzzBody> NotAnObject { get; } =
        Gen.OneOf(
            Gen.Const(new FuzzBody("null", null, Expect.Refused, "null body")),
            Gen.Const(new FuzzBody("[]", null, Expect.Refused, "array body")),
            Gen.Const(new FuzzBody("\"text\"", null, Expect.Refused, "string body")),
            Gen.Const(new FuzzBody("42", null, Expect.Refused, "number body")),
            Gen.Const(new FuzzBody("", null, Expect.Refused, "empty body")),
            Gen.Const(new FuzzBody("{", null, Expect.Refused, "unclosed object")),
            Gen.Const(new FuzzBody(new string('[', 200) + new string(']', 200), null, Expect.Refused, "deep nesting")),
            Gen.Const(
                new FuzzBody(
                    "{\"a\":" + new string('[', 70) + new string(']', 70) + "}",
                    null,
                    Expect.Refused,
                    "deep nesting in a field"
                )
            ),
            Gen.String[0, 40].Select(s => new FuzzBody(s.Replace("{", ""), null, Expect.Refused, "random text")),
            AnyValue
                .Where(v => v is not JsonObject)
                .Select(v => new FuzzBody(v?.ToJsonString() ?? "null", null, Expect.Refused, "random non-object JSON"))
        );
}

public enum FieldKind
{
    Text,
    Enum,
    TextList,
    ObjectList,
    Number,
    Boolean,
    Object,
}
