using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>
/// A person's browser over real HTTP: keeps cookies, does not follow redirects (so tests see them), parses pages with
/// a real HTML parser, and posts forms the way a browser does, with the antiforgery token the page carried.
/// </summary>
public sealed class WebBrowser(NetworkApiFactory factory, string origin = "http://localhost")
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } =
        factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = true,
                BaseAddress = new Uri(origin),
            }
        );

    /// <summary>The last page loaded, whose forms <see cref="SubmitAsync"/> fills in.</summary>
    public IHtmlDocument? Page { get; private set; }

    /// <summary>The path and query the current page came from.</summary>
    public string CurrentUrl { get; private set; } = "/";

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        CurrentUrl = url;
        Page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, Page);
    }

    /// <summary>Loads a page and asserts it answered 200.</summary>
    public async Task<IHtmlDocument> OpenAsync(string url)
    {
        var (response, page) = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return page;
    }

    /// <summary>
    /// Submits the form of the current page that holds <paramref name="selector"/> (a form or a button in it), with
    /// its own fields (hidden ones and the antiforgery token included) and <paramref name="values"/> on top.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(
        string selector,
        IDictionary<string, string>? values = null
    )
    {
        var page = Page ?? throw new InvalidOperationException("Open a page first.");
        var element = page.QuerySelector(selector)
            ?? throw new InvalidOperationException($"No {selector} on the page.");
        var form =
            element as IHtmlFormElement
            ?? element.Closest("form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"{selector} is not in a form.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (input.Name is null || input.Type is "submit" or "button")
                continue;
            if (input.Type is "radio" or "checkbox" && !input.IsChecked)
                continue;
            fields.Add(new(input.Name, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
            if (select.Name is not null)
                fields.Add(new(select.Name, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
            if (area.Name is not null)
                fields.Add(new(area.Name, area.Value));
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        var button = element as IHtmlButtonElement;
        var action = button?.GetAttribute("formaction") ?? form.GetAttribute("action");
        var url =
            string.IsNullOrEmpty(action) ? CurrentUrl
            : action.StartsWith('?') ? CurrentUrl.Split('?')[0] + action
            : action;
        var response = await Http.PostAsync(url, new FormUrlEncodedContent(fields));
        CurrentUrl = url;
        Page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, Page);
    }

    /// <summary>A new browser on <paramref name="factory"/>, signed in as <paramref name="login"/>.</summary>
    public static async Task<WebBrowser> SignedInAsync(NetworkApiFactory factory, string login)
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync(login);
        return browser;
    }

    /// <summary>Signs in with the Development demo picker and follows the redirect home.</summary>
    public async Task SignInAsync(string login)
    {
        await OpenAsync("/aanmelden");
        var (response, _) = await SubmitAsync(
            "form:has(input[name=login])",
            new Dictionary<string, string> { ["login"] = login }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// Signs in through the identity provider the way a browser does: the sign-in button, the provider's login form,
    /// and back to the web app's callback, which starts the session. Returns where the web app sends the browser then.
    /// </summary>
    public async Task<string> SignInWithProviderAsync(OidcProvider idp, string login, string back = "/")
    {
        await OpenAsync("/aanmelden?terug=" + Uri.EscapeDataString(back));
        var (challenge, _) = await SubmitAsync(
            "button[name=provider]",
            new Dictionary<string, string> { ["provider"] = "test" }
        );
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var callback = await idp.SignInAsync(challenge.Headers.Location!, login);
        var (signedIn, _) = await GetAsync(callback.PathAndQuery);
        Assert.True(
            signedIn.StatusCode == HttpStatusCode.Redirect,
            $"the callback answered {(int)signedIn.StatusCode}"
        );
        return signedIn.Headers.Location!.OriginalString;
    }
}
