using GraphQL.Types;

namespace Network.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every object that <c>node(id:)</c> can fetch again implements it.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public const string IdDescription = "Opaque global id of this object; pass it to node(id:). Do not take it apart.";

    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque global id that node(id:) fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description(IdDescription);
    }
}
