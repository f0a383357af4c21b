using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Application.Common;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// Global object identification: <c>node(id:)</c> and <c>nodes(ids:)</c>. An id that is malformed, unknown,
/// or names an object the viewer may not see gives <c>null</c> with a NOT_FOUND error: the three cannot be told apart.
/// </summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id. Unknown and invisible ids both give null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an object's id field.")
            .Resolve(ctx => Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by global id, in the order asked; each unknown or invisible id gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 100.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > PageRequest.MaxSize)
                    throw new ValidationException(new Dictionary<string, string[]> { ["ids"] = [$"must have at most {PageRequest.MaxSize} items"] });
                return ids.Select(id => Load(ctx, id)).ToList();
            });
    }

    private IDataLoaderResult<object?> Load(IResolveFieldContext ctx, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var local)
            || !_sources.TryGetValue(type, out var source)
            || !Guid.TryParse(local, out var id))
            throw new NotFoundException("object");
        return source.Load(ctx, id).Then(found => (object?)(found ?? throw new NotFoundException(NotFoundName(type))));
    }

    private static string NotFoundName(string typeName) => typeName.ToLowerInvariant();
}
