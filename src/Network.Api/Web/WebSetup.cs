using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Network.Api.Auth;
using Network.Application.Common;

namespace Network.Api.Web;

/// <summary>
/// The web app: server-rendered Razor Pages under Web/Pages, a third thin door over the same application services as
/// REST and GraphQL. It decides nothing about visibility: what a service refuses or leaves out, a page does too.
/// </summary>
public static class WebSetup
{
    public static IServiceCollection AddNetworkWeb(this IServiceCollection services, bool development)
    {
        services
            .AddRazorPages(o =>
            {
                o.RootDirectory = "/Web/Pages";
                o.Conventions.AuthorizeFolder("/", SessionCookie.Policy);
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Account/SignIn");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Invitations/Accept");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<AppErrorsAsPages>();
                o.Filters.Add<UnlinkedOnlyLink>();
            });
        // Razor Pages check the antiforgery token on every POST; the cookie follows the session cookie's rules.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = development ? "NetworkAntiforgery" : "__Host-network-antiforgery";
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.FormFieldName = "__antiforgery";
        });
        return services;
    }

    /// <summary>Language for every request; friendly error pages for the web app's own paths.</summary>
    public static IApplicationBuilder UseNetworkWeb(this IApplicationBuilder app)
    {
        app.Use(
            (http, next) =>
            {
                Lang.UseFor(http);
                return next(http);
            }
        );
        return app.UseWhen(http => IsPage(http.Request.Path), web => web.UseStatusCodePagesWithReExecute("/fout/{0}"));
    }

    public static WebApplication MapNetworkWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapWebAssets();
        return app;
    }

    /// <summary>Whether a path belongs to the web app rather than to the API, GraphQL or the tools.</summary>
    public static bool IsPage(PathString path) =>
        !(
            path.StartsWithSegments("/api")
            || path.StartsWithSegments("/graphql")
            || path.StartsWithSegments("/dev")
            || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/swagger")
            || path.StartsWithSegments("/bench")
            || path.StartsWithSegments(WebAssets.Prefix)
        );

    /// <summary>
    /// What the application layer refuses becomes the page a person expects: not found (also for what they may not
    /// see) and no access. Field errors and conflicts are handled by the page that knows its form.
    /// </summary>
    private sealed class AppErrorsAsPages : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(
            PageHandlerExecutingContext context,
            PageHandlerExecutionDelegate next
        )
        {
            var executed = await next();
            if (executed.Exception is NotFoundException)
            {
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
            }
            else if (executed.Exception is ForbiddenException)
            {
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
            }
        }
    }

    /// <summary>
    /// A signed-in identity linked to no entry reaches only the link step (and signing in or out, the language, the
    /// invitation that links it): every other page sends it to /koppelen.
    /// </summary>
    private sealed class UnlinkedOnlyLink : IAsyncPageFilter
    {
        private static readonly string[] Open =
        [
            "/Account/Link",
            "/Account/SignIn",
            "/Account/SignOut",
            "/Language",
            "/Error",
            "/Invitations/Accept",
        ];

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (
                context.HttpContext.User.HasClaim(DirectoryClaims.Unlinked, "true")
                && !Open.Contains(context.ActionDescriptor.ViewEnginePath)
            )
            {
                context.Result = new RedirectResult("/koppelen");
                return Task.CompletedTask;
            }
            return next();
        }
    }
}
