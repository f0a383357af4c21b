using GraphQL.Types;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// The schema's <c>ID</c> scalar (it replaces the built-in one, so the schema still says <c>ID</c>): besides
/// strings it serializes <see cref="NodeRef"/>, the global id of an object, so fields can resolve to the
/// object's type and Guid and leave the encoding to one place.
/// </summary>
public sealed class GlobalIdGraphType : IdGraphType
{
    public GlobalIdGraphType() => Name = "ID";

    public override object? Serialize(object? value) => value is NodeRef node ? node.ToString() : base.Serialize(value);
}

/// <summary>The global id of an object: its GraphQL type name and its application (REST) id.</summary>
public readonly record struct NodeRef(string TypeName, Guid LocalId)
{
    public override string ToString() => GlobalId.Encode(TypeName, LocalId);
}
