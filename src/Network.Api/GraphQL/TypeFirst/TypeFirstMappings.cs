using GraphQL.Types;
using Network.Api.GraphQL.Relay;
using Network.Application;
using Network.Application.Common;

namespace Network.Api.GraphQL.TypeFirst;

/// <summary>
/// Which graph type serves a CLR type no hand-written type claims: an application record is a
/// <see cref="NetworkObjectType{TSource}"/> (or <see cref="NetworkInputType{TSource}"/> as input), a
/// <see cref="Page{T}"/> a connection. an enum graphql-dotnet's <c>EnumerationGraphType</c>
/// (values in CONSTANT_CASE, described by <c>[Description]</c> on the enum and its members).
/// </summary>
public sealed class TypeFirstMappings : IGraphTypeMappingProvider
{
    public Type? GetGraphTypeFromClrType(Type clrType, bool isInputType, Type? preferredGraphType)
    {
        if (preferredGraphType is not null)
            return preferredGraphType;
        if (!isInputType && clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(Page<>))
            return typeof(PageConnectionType<>).MakeGenericType(clrType.GenericTypeArguments);
        if (clrType.IsEnum)
            return typeof(EnumerationGraphType<>).MakeGenericType(clrType);
        if (clrType.Assembly != typeof(ApplicationServices).Assembly || !clrType.IsClass || clrType.IsGenericType)
            return null;
        return (isInputType ? typeof(NetworkInputType<>) : typeof(NetworkObjectType<>)).MakeGenericType(clrType);
    }
}
