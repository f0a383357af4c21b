using System.Text.RegularExpressions;
using Network.Api.Tests.Infrastructure;
using Network.Api.Web;

namespace Network.Api.Tests.Web;

/// <summary>
/// Every field error the application layer can give reads as Dutch in the web app: the messages are collected from
/// the validators' calls in its source (<c>v.Add(field, "…")</c>, <c>v.When(bad, field, "…")</c>; an interpolated one
/// with each hole filled by "1"), and each must have a Dutch text in <see cref="FieldErrorWords"/>. One without it
/// would reach a person as the generic "Deze invoer klopt niet."
/// </summary>
public sealed partial class FieldErrorWordsTests
{
    /// <summary>The last argument of an Add or When call, when it is a string literal with a space (a sentence).</summary>
    [GeneratedRegex(
        @"\.(?:Add|When)\((?:[^;]*?),\s*(\$?)""((?:[^""\\]|\\.)* (?:[^""\\]|\\.)*)""\s*\)",
        RegexOptions.Singleline
    )]
    private static partial Regex MessageArgument();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Hole();

    [Fact]
    public void Every_field_error_of_the_application_layer_has_a_Dutch_text()
    {
        var messages = Messages();
        Assert.True(messages.Count > 40, $"the scan found only {messages.Count} messages; has the validator changed?");
        var missing = messages.Where(m => FieldErrorWords.Dutch(m) is null).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "No Dutch text in FieldErrorWords for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_scan_reads_a_literal_and_an_interpolated_message() =>
        Assert.Equal(
            ["is not a known channel", "must be at most 1 characters"],
            Read(
                """
                v.When(!Enum.IsDefined(cp.Channel), $"contactPoints[{i}].channel", "is not a known channel");
                v.Add(field, $"must be at most {MaxIdLength} characters");
                """
            )
        );

    private static List<string> Messages() =>
        [
            .. Directory
                .EnumerateFiles(Repository.Path("src", "Network.Application"), "*.cs", SearchOption.AllDirectories)
                .Where(f =>
                    !f.Contains("/obj/", StringComparison.Ordinal)
                    && !f.Contains("/Migrations/", StringComparison.Ordinal)
                )
                .SelectMany(f => Read(File.ReadAllText(f)))
                .Distinct(),
        ];

    private static IEnumerable<string> Read(string source) =>
        MessageArgument()
            .Matches(source)
            .Select(m => m.Groups[1].Value == "$" ? Hole().Replace(m.Groups[2].Value, "1") : m.Groups[2].Value)
            .Select(m => m.Replace("\\\"", "\"", StringComparison.Ordinal));
}
