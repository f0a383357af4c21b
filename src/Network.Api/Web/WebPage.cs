using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Network.Application.Common;

namespace Network.Api.Web;

/// <summary>
/// What every page model shares: the application layer's field errors shown next to their fields, and one message
/// for a refusal that is not about a field (a conflict, a version that moved on).
/// </summary>
public abstract class WebPage : PageModel
{
    /// <summary>Field errors keyed as the application layer names them (e.g. "contactPoints[0].value").</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>A refusal to show above the form.</summary>
    public string? Refusal { get; private set; }

    /// <summary>A confirmation to show after a change (set after a redirect through TempData).</summary>
    [TempData]
    public string? Done { get; set; }

    public string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var e) ? string.Join(" ", e)
        : FieldErrors.FirstOrDefault(kv => kv.Key.StartsWith(field + ".", StringComparison.Ordinal)).Value is { } nested
            ? string.Join(" ", nested)
        : null;

    /// <summary>Runs a change; field errors and refusals come back to the same page with what was typed kept.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task> change, string done, Func<IActionResult>? after = null)
    {
        try
        {
            await change();
        }
        catch (ValidationException invalid)
        {
            ShowErrors(invalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync();
        }
        catch (Exception e) when (e is ConflictException or PreconditionFailedException)
        {
            Refusal =
                e is PreconditionFailedException
                    ? Lang.T(
                        "Iemand anders heeft dit intussen gewijzigd. Hieronder staat de nieuwe versie; doe je wijziging opnieuw.",
                        "Someone else changed this in the meantime. The new version is below; please make your change again."
                    )
                    : FieldErrorWords.Refusal(e.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            ModelState.Clear();
            return await ReloadAsync();
        }
        Done = done;
        return after?.Invoke() ?? RedirectToPage();
    }

    protected void ShowRefusal(string why) => Refusal = why;

    protected void ShowErrors(ValidationException invalid)
    {
        FieldErrors = FieldErrorWords.Of(invalid.Errors);
        Refusal = Lang.T("Controleer de velden hieronder.", "Please check the fields below.");
    }

    /// <summary>Loads the page's data again after a refused change (the default shows the form as posted).</summary>
    protected virtual Task<IActionResult> ReloadAsync() => Task.FromResult<IActionResult>(Page());
}
