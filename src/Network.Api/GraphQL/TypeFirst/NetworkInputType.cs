using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;

namespace Network.Api.GraphQL.TypeFirst;

/// <summary>
/// An input type read from an application input record. <c>[Required]</c> makes a field non-null (the record stays
/// nullable, so REST reports a missing value as a field error); a value with a <c>[DefaultValue]</c> may be left
/// out. References (<c>[References(typeof(X))]</c>) arrive as X's global ids and reach the application as Guids.
/// </summary>
public class NetworkInputType<TSource> : AutoRegisteringInputObjectGraphType<TSource>
{
    protected override void ConfigureGraph()
    {
        base.ConfigureGraph();
        Name = GraphNames.InputOf(typeof(TSource));
    }

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo)
    {
        var info = base.GetTypeInformation(memberInfo);
        if (memberInfo.GetCustomAttribute<DefaultValueAttribute>() is not null)
            info.IsNullable = true;
        return info;
    }

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is null || memberInfo is not PropertyInfo property)
            return field;
        var target = Members.ReferencedType(property);
        var type = property.PropertyType;
        if (target is not null || type == typeof(Guid) || type == typeof(Guid?))
        {
            var required =
                field.Type is { } t && t.IsGenericType && t.GetGenericTypeDefinition() == typeof(NonNullGraphType<>);
            field.Type = GlobalIds.GraphType(type);
            if (
                required && !field.Type.IsGenericType
                || required && field.Type.GetGenericTypeDefinition() != typeof(NonNullGraphType<>)
            )
                field.Type = typeof(NonNullGraphType<>).MakeGenericType(field.Type);
            field.Parser = value => GlobalIds.Resolve(target, value);
        }
        return field;
    }
}
