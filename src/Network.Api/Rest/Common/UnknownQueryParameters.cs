using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Network.Application.Common;

namespace Network.Api.Rest.Common;

/// <summary>
/// A query parameter the operation does not take is refused (400, listing the ones it does take), as an unknown
/// body field is: a mirror asking <c>?updatedSince=</c> must learn that nothing filtered its answer, not receive
/// everything as if it had. The accepted names are the handler's query-bound parameters, the same ones the
/// OpenAPI document lists, read once per endpoint when the endpoint is built.
/// </summary>
public static class UnknownQueryParameters
{
    public static TBuilder RefuseUnknownQueryParameters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(
            (factory, next) =>
            {
                var accepted = QueryBound(factory.MethodInfo);
                return async invocation =>
                {
                    var http = invocation.HttpContext;
                    if (http.Request.QueryString.HasValue)
                    {
                        // A route value (/organisations/{id}) is bound from the path; the same name in the query is not.
                        var route = http.Request.RouteValues;
                        var takes = accepted.Where(name => !route.ContainsKey(name)).ToList();
                        var v = new Validator();
                        foreach (var key in http.Request.Query.Keys)
                            if (!takes.Contains(key, StringComparer.OrdinalIgnoreCase))
                                v.Add(
                                    key,
                                    takes.Count == 0
                                        ? "is not a query parameter of this operation, which takes none"
                                        : $"is not a query parameter of this operation; it takes: {string.Join(", ", takes)}"
                                );
                        v.ThrowIfInvalid();
                    }
                    return await next(invocation);
                };
            }
        );

    private static SortedSet<string> QueryBound(MethodInfo handler)
    {
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
                names.Add(fromQuery.Name ?? parameter.Name!);
            else if (!HasOtherSource(parameter) && IsSimple(parameter.ParameterType))
                names.Add(parameter.Name!);
        }
        return names;
    }

    private static bool HasOtherSource(ParameterInfo p) =>
        p.GetCustomAttributes()
            .Any(a =>
                a
                    is FromRouteAttribute
                        or FromHeaderAttribute
                        or FromBodyAttribute
                        or FromServicesAttribute
                        or FromFormAttribute
                        or FromKeyedServicesAttribute
            );

    /// <summary>The framework's own rule for binding from the query: strings, primitives, enums and types with TryParse.</summary>
    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
            type = type.GetElementType()!;
        return type == typeof(string)
            || type.IsPrimitive
            || type.IsEnum
            || type == typeof(decimal)
            || type.GetMethod(
                "TryParse",
                BindingFlags.Public | BindingFlags.Static,
                [typeof(string), type.MakeByRefType()]
            )
                is not null
            || type.GetMethod(
                "TryParse",
                BindingFlags.Public | BindingFlags.Static,
                [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]
            )
                is not null;
    }
}
