using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;

namespace Network.Api.GraphQL.Common;

/// <summary>Small helpers resolvers share: the request's services and global-id arguments.</summary>
public static class Resolving
{
    /// <summary>A request-scoped service (application services, batch loaders).</summary>
    public static T Service<T>(this IResolveFieldContext ctx) where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    /// <summary>The Guid behind a global-id argument of <paramref name="typeName"/>; anything else is answered like an unknown id.</summary>
    public static Guid IdArgument(this IResolveFieldContext ctx, string typeName, string name = "id") =>
        GlobalId.ToGuid(ctx.GetArgument<string>(name), typeName) ?? throw new NotFoundException(typeName.ToLowerInvariant());

    /// <summary>Like <see cref="IdArgument"/> for an optional argument (a filter): null when absent.</summary>
    public static Guid? OptionalIdArgument(this IResolveFieldContext ctx, string typeName, string name) =>
        ctx.GetArgument<string?>(name) is null ? null : ctx.IdArgument(typeName, name);
}
