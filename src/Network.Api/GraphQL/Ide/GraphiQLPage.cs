using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Network.Api.GraphQL.Ide;

/// <summary>
/// The GraphiQL IDE at /graphql/ui, served from wwwroot/graphiql, which the build bundles from npm packages
/// (GraphQL/Ide/client). Mapped only when <c>GraphQL:EnableIde</c> allows it (default: Development only).
/// </summary>
public static class GraphiQLPage
{
    public const string Path = "/graphql/ui";
    private const string Folder = "graphiql";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder app)
    {
        var env = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        if (!app.ServiceProvider.GetRequiredService<IOptions<GraphQLSettings>>().Value.IdeEnabled(env))
            return app;

        app.MapGet(Path, () => Serve(env, "index.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(Path + "/{**file}", (string file) => Serve(env, file)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(IWebHostEnvironment env, string file)
    {
        if (file.Length == 0)
            file = "index.html";
        if (file.Contains("..", StringComparison.Ordinal))
            return Results.NotFound();
        var info = env.WebRootFileProvider.GetFileInfo($"{Folder}/{file}");
        if (!info.Exists || info.IsDirectory || info.PhysicalPath is null)
        {
            return file == "index.html"
                ? Results.Problem(
                    statusCode: 404,
                    detail: "The IDE bundle is not built; run dotnet build (it needs node and npm)."
                )
                : Results.NotFound();
        }
        var type = ContentTypes.TryGetContentType(file, out var t) ? t : "application/octet-stream";
        return Results.File(info.PhysicalPath, type);
    }
}
