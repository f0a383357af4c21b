using System.Text.Json.Serialization.Metadata;

namespace Network.Api.Rest.Common;

/// <summary>
/// A JSON contract rule: an enum that a request body leaves out is refused (400) instead of silently becoming
/// the enum's first value (a contact point sent without a channel was stored as a work phone). Applies to
/// constructor parameters without a default value, which is how the input records say "required".
/// </summary>
public static class MissingEnumsAreRefused
{
    public static IJsonTypeInfoResolver AddTo(IJsonTypeInfoResolver? resolver) =>
        (resolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Modify);

    private static void Modify(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        foreach (var property in type.Properties)
        {
            if (property.PropertyType.IsEnum && property.AssociatedParameter is { HasDefaultValue: false })
                property.IsRequired = true;
        }
    }
}
