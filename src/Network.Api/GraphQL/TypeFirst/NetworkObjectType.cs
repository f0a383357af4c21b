using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;
using Network.Api.GraphQL.Relay;

namespace Network.Api.GraphQL.TypeFirst;

/// <summary>
/// An output type read from an application record: one field per property, named, typed (nullability from the
/// C# annotations) and described (<c>[property: Description]</c>) by the record itself. A Guid marked
/// <c>[References(typeof(X))]</c> is served as X's global id (a record's own <c>Id</c> so marked as <c>xId</c>). Subclass only to add fields that load something.
/// </summary>
public class NetworkObjectType<TSource> : AutoRegisteringObjectGraphType<TSource>
{
    public NetworkObjectType() { }

    /// <summary>For a subclass that serves some properties differently (and adds them itself) or not at all.</summary>
    protected NetworkObjectType(params Expression<Func<TSource, object?>>[] excluded)
        : base(excluded) { }

    protected override void ConfigureGraph()
    {
        base.ConfigureGraph();
        Name = GraphNames.Of(typeof(TSource));
    }

    /// <summary>Properties only: records' methods (Map, With...) are not fields.</summary>
    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        base.GetRegisteredMembers().OfType<PropertyInfo>();

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is null || memberInfo is not PropertyInfo property)
            return field;
        if (Members.ReferencedType(property) is { } target)
        {
            var get = Members.Getter<TSource>(property);
            // A record's own Id that names another object (a lookup's person) is that object's id: professionalId.
            if (property.Name == "Id")
                field.Name = char.ToLowerInvariant(target[0]) + target[1..] + "Id";
            field.Type = GlobalIds.GraphType(property.PropertyType);
            field.Resolver = new FuncFieldResolver<TSource, object?>(ctx => GlobalIds.Refer(target, get(ctx.Source)));
        }
        else if (
            property.PropertyType == typeof(Guid)
            || property.PropertyType == typeof(Guid?)
            || property is { Name: "Id", PropertyType.IsValueType: true }
        )
        {
            // A Guid that names nothing else (a contact point's id), or a record's numeric id, is an ID as it is: the REST id.
            field.Type = GlobalIds.GraphType(property.PropertyType);
        }
        return field;
    }
}

/// <summary>An input type read from an application input record; see <see cref="NetworkInputType{TSource}"/>.</summary>
internal static class GlobalIds
{
    public static Type GraphType(Type clr) =>
        clr == typeof(Guid) || clr == typeof(long) ? typeof(NonNullGraphType<IdGraphType>)
        : clr == typeof(Guid?) ? typeof(IdGraphType)
        : Members.IsList(clr) ? typeof(ListGraphType<NonNullGraphType<IdGraphType>>)
        : throw new NotSupportedException(
            $"[References] on {clr.Name}: only Guid, Guid? and lists of Guid refer to objects."
        );

    public static object? Refer(string typeName, object? value) =>
        value switch
        {
            Guid id => new NodeRef(typeName, id),
            IEnumerable<Guid> ids => ids.Select(id => new NodeRef(typeName, id)).ToList(),
            _ => null,
        };

    /// <summary>
    /// A global id of <paramref name="typeName"/> as its Guid; anything else becomes an id that exists nowhere, so the
    /// application layer reports it as an unknown reference (VALIDATION_FAILED), as REST does for a wrong id.
    /// </summary>
    public static object Resolve(string? typeName, object value) =>
        value switch
        {
            string s => typeName is null
                ? (Guid.TryParse(s, out var g) ? g : Guid.Empty)
                : GlobalId.ToGuid(s, typeName) ?? Guid.Empty,
            System.Collections.IEnumerable list => list.Cast<object?>()
                .Select(v => v is null ? Guid.Empty : (Guid)Resolve(typeName, v))
                .ToList(),
            _ => Resolve(typeName, value.ToString() ?? ""),
        };
}
