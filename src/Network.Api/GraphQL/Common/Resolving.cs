using GraphQL;

namespace Network.Api.GraphQL.Common;

/// <summary>Small helpers hand-written resolvers share.</summary>
public static class Resolving
{
    /// <summary>A request-scoped service (an application service).</summary>
    public static T Service<T>(this IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
