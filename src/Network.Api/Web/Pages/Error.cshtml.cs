using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Network.Api.Web.Pages;

/// <summary>
/// The page shown for a status without a body on the web app's paths (re-executed by the status code pages). Opened
/// directly it answers 404, so it cannot be used to fake a message.
/// </summary>
[IgnoreAntiforgeryToken] // re-executed for a POST that failed; it shows a message and changes nothing
public sealed class ErrorModel : WebPage
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public PageResult OnGet(int code) => Show(code);

    public PageResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (original is null)
            code = 404;
        Response.StatusCode = original?.OriginalStatusCode ?? 404;
        (Title, Explanation) = code switch
        {
            403 => (
                Lang.T("Geen toegang", "No access"),
                Lang.T("Dit kun je met jouw rol niet doen.", "Your role does not allow this.")
            ),
            400 => (
                Lang.T("Dat ging niet goed", "Something was wrong"),
                Lang.T(
                    "Het formulier was verlopen of onvolledig. Probeer het opnieuw.",
                    "The form had expired or was incomplete. Please try again."
                )
            ),
            _ when code >= 500 => (
                Lang.T("Er ging iets mis", "Something went wrong"),
                Lang.T("Probeer het later opnieuw.", "Please try again later.")
            ),
            _ => (
                Lang.T("Niet gevonden", "Not found"),
                Lang.T(
                    "Deze pagina bestaat niet, of je mag haar niet zien.",
                    "This page does not exist, or you may not see it."
                )
            ),
        };
        return Page();
    }
}
