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

/// <summary>Adds the <c>id</c> field of <see cref="NodeInterface"/> to a hand-written object type (until it is a <see cref="NodeType{TSource}"/>).</summary>
public static class NodeFields
{
    public static void GlobalIdField<TSource>(this ObjectGraphType<TSource> type, string typeName, Func<TSource, Guid> localId)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description(NodeInterface.IdDescription)
            .Resolve(ctx => GlobalId.Encode(typeName, localId(ctx.Source)));
        type.Field<NonNullGraphType<IdGraphType>>("databaseId")
            .Description("The id the REST API uses for this object (the {id} in its /api/v1 URL).")
            .Resolve(ctx => localId(ctx.Source).ToString());
    }
}
