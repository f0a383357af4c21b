using GraphQL.Types;
using Network.Api.GraphQL.Execution;
using Network.Application.Access;

namespace Network.Api.GraphQL.Viewers;

/// <summary><c>viewer</c>: the caller.</summary>
public sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("The caller: role, municipalities, scopes and, for professionals, their own entry.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ICurrentViewer>().Viewer);
}
