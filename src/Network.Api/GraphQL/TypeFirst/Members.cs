using System.Linq.Expressions;
using System.Reflection;
using Network.Application.Common;

namespace Network.Api.GraphQL.TypeFirst;

/// <summary>Reflection the type-first types share: which members reference other objects, and fast getters.</summary>
internal static class Members
{
    /// <summary>The graph type name of the object a <see cref="ReferencesAttribute"/> member points at, if any.</summary>
    public static string? ReferencedType(MemberInfo member) =>
        member.GetCustomAttribute<ReferencesAttribute>() is { } r ? GraphNames.Of(r.Target) : null;

    public static Func<TSource, object?> Getter<TSource>(PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(TSource));
        return Expression
            .Lambda<Func<TSource, object?>>(
                Expression.Convert(Expression.Property(source, property), typeof(object)),
                source
            )
            .Compile();
    }

    public static bool IsList(Type type) =>
        type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable));
}
