using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.TypeFirst;

namespace Network.Api.GraphQL.Relay;

/// <summary>An object type that <c>node(id:)</c> can fetch: it loads its objects by their application id.</summary>
public interface INodeType
{
    IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId);
}

/// <summary>
/// A record served as a Relay node: its <c>Id</c> becomes the opaque global <c>id</c>, the REST id is
/// <c>databaseId</c>, and <c>node(id:)</c> loads it through the batch its subclass names.
/// </summary>
public abstract class NodeType<TSource> : NetworkObjectType<TSource>, INodeType
    where TSource : class
{
    private static readonly Func<TSource, object?> IdOf = Members.Getter<TSource>(typeof(TSource).GetProperty("Id")!);
    private readonly Batch<Guid, TSource> _byId;

    protected NodeType(Batch<Guid, TSource> byId, params Expression<Func<TSource, object?>>[] excluded)
        : base(excluded)
    {
        _byId = byId;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("databaseId")
            .Description("The id the REST API uses for this object (the {id} in its /api/v1 URL).")
            .Resolve(ctx => IdOf(ctx.Source)!.ToString());
    }

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is not null && memberInfo.Name == "Id")
        {
            field.Type = typeof(NonNullGraphType<IdGraphType>);
            field.Description = NodeInterface.IdDescription;
            field.Resolver = new FuncFieldResolver<TSource, object?>(ctx => new NodeRef(Name, (Guid)IdOf(ctx.Source)!));
        }
        return field;
    }

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(_byId, localId).Then(found => (object?)found);
}
