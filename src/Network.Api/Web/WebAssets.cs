using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Network.Api.Web;

/// <summary>
/// Serves the bundled styles and script (wwwroot/web, built from Web/Assets) under a content hash, so a browser keeps
/// them for a year and still gets a new version the moment one is built. Brotli or gzip copies are made at build
/// time and chosen by Accept-Encoding.
/// </summary>
public static class WebAssets
{
    public const string Prefix = "/web/assets";
    private const string Folder = "web";
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["site.css"] = "text/css; charset=utf-8",
        ["enhance.js"] = "text/javascript; charset=utf-8",
    };
    private static readonly ConcurrentDictionary<string, string> Hashes = new(StringComparer.Ordinal);

    /// <summary>The URL of an asset with its content hash, e.g. /web/assets/3f2a…/site.css.</summary>
    public static string Url(IWebHostEnvironment env, string file) =>
        $"{Prefix}/{Hashes.GetOrAdd(file, f => HashOf(env, f))}/{file}";

    public static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "/{hash}/{file}", (string hash, string file, HttpContext http, IWebHostEnvironment env) =>
            {
                if (!Types.TryGetValue(file, out var type))
                    return Results.NotFound();
                var path = PathOf(env, file);
                if (path is null)
                    return Results.NotFound();
                var immutable = hash == Hashes.GetOrAdd(file, f => HashOf(env, f));
                http.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
                http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                var accepts = http.Request.Headers.AcceptEncoding.ToString();
                foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
                {
                    if (accepts.Contains(encoding, StringComparison.OrdinalIgnoreCase) && File.Exists(path + suffix))
                    {
                        http.Response.Headers.ContentEncoding = encoding;
                        return Results.File(path + suffix, type);
                    }
                }
                return Results.File(path, type);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static string? PathOf(IWebHostEnvironment env, string file)
    {
        var info = env.WebRootFileProvider.GetFileInfo($"{Folder}/{file}");
        return info.Exists && !info.IsDirectory ? info.PhysicalPath : null;
    }

    private static string HashOf(IWebHostEnvironment env, string file)
    {
        var path = PathOf(env, file);
        if (path is null)
            return "missing";
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
    }
}
