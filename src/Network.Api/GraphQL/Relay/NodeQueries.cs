using System.ComponentModel;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Common;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// Global object identification: <c>node(id:)</c> and <c>nodes(ids:)</c>. The one node source is the schema itself:
/// the id names a type, and every <see cref="NodeType{TSource}"/> loads its objects. An id that is malformed, unknown,
/// or names an object the viewer may not see gives <c>null</c> with a NOT_FOUND error: the three cannot be told apart.
/// </summary>
public sealed class NodeQueries
{
    [Description(
        "Fetches any object by its global id. Unknown and invisible ids both give null and a NOT_FOUND error."
    )]
    [OutputType(typeof(NodeInterface))]
    public static IDataLoaderResult<object?> Node(
        IResolveFieldContext context,
        [Id, Description("A global id from an object's id field.")] string id
    ) => Load(context, id);

    [Description(
        "Fetches several objects by global id, in the order asked; each unknown or invisible id gives null and a NOT_FOUND error."
    )]
    [OutputType(typeof(NonNullGraphType<ListGraphType<NodeInterface>>))]
    public static List<IDataLoaderResult<object?>> Nodes(
        IResolveFieldContext context,
        [Id, Description("Global ids, at most 100.")] List<string> ids
    )
    {
        if (ids.Count > PageRequest.MaxSize)
            throw new ValidationException(
                new Dictionary<string, string[]> { ["ids"] = [$"must have at most {PageRequest.MaxSize} items"] }
            );
        return ids.Select(id => Load(context, id)).ToList();
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var local) || !Guid.TryParse(local, out var id))
            throw new NotFoundException("object");
        var node = context.Schema.AllTypes[type] as INodeType ?? throw new NotFoundException("object");
        return node.Load(context, id).Then(o => (object?)(o ?? throw new NotFoundException(type.ToLowerInvariant())));
    }
}
