using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Network.Application.Access;

namespace Network.Api.GraphQL.Viewers;

/// <summary><c>viewer</c>: the caller.</summary>
public sealed class ViewerQueries
{
    [Description("The caller: role, municipalities, scopes and, for professionals, their own entry.")]
    [OutputType(typeof(NonNullGraphType<ViewerType>))]
    public static Viewer Viewer([FromServices] ICurrentViewer current) => current.Viewer;
}
