namespace Network.Application.Common;

/// <summary>
/// Says that a Guid (or a list of them) is the id of another object the application serves, e.g. a membership's
/// organisation. Doors decide how to show it: REST keeps the Guid, GraphQL serves the object's global id.
/// Write it with the <c>property:</c> target on positional records, so it reaches the property.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(Type target) : Attribute
{
    /// <summary>The application record of the object referred to, e.g. <c>typeof(OrganisationDto)</c>.</summary>
    public Type Target { get; } = target;
}
