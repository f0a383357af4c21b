using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>What the service must answer a body the served document refuses: a 400 problem that names the field.</summary>
public static class DocumentAnswers
{
    /// <summary>Where the body text breaks <paramref name="schema"/>; empty when it conforms or is not JSON the document can judge.</summary>
    public static IReadOnlyList<string> ViolationsOf(DocumentSchema schema, string text)
    {
        try
        {
            return [.. schema.Violations(JsonNode.Parse(text))];
        }
        catch (Exception e)
            when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return []; // not JSON (or not text JSON can hold): the syntax mutations, judged by the property itself
        }
    }

    public static void AssertFieldError(int status, string text, IReadOnlyList<string> violations, string what)
    {
        Assert.True(status == 400, $"the document refuses this body at {string.Join(", ", violations)}, yet: {what}");
        var problem = JsonNode.Parse(text)?.AsObject();
        Assert.True(problem is not null && problem["status"]?.GetValue<int>() == 400, $"not a problem: {what}");
        var named = violations.Where(p => p != "$").ToList();
        if (named.Count == 0)
            return; // the body as a whole is of the wrong type: there is no field to name
        var detail = problem!["detail"]?.GetValue<string>() ?? "";
        var keys = problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
        Assert.True(
            named.Any(path => Names(detail, keys, path)),
            $"the problem names none of the fields the document refuses ({string.Join(", ", named)}): {what}"
        );
    }

    private static bool Names(string detail, List<string> keys, string path)
    {
        var leaf = System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "").Split('.')[^1];
        return detail.Contains(leaf, StringComparison.OrdinalIgnoreCase)
            || keys.Any(k => k.Contains(leaf, StringComparison.OrdinalIgnoreCase));
    }
}
