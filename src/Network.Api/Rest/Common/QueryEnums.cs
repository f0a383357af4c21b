using System.Text.Json;
using Network.Application.Common;

namespace Network.Api.Rest.Common;

/// <summary>
/// Enum values in query strings, spelled as the API writes them in JSON (camelCase, e.g. <c>?status=proposed</c>).
/// The framework's own binding is case-sensitive on the C# name and takes numbers; this accepts any casing of the
/// name only and answers anything else with a validation error that lists the values.
/// </summary>
public static class QueryEnums
{
    public static T? Parse<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (value is null)
            return null;
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Name(candidate), value, StringComparison.OrdinalIgnoreCase))
                return candidate;
        new Validator()
            .Add(parameter, $"is not one of: {string.Join(", ", Enum.GetValues<T>().Select(Name))}")
            .ThrowIfInvalid();
        return null;
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
