using System.Net;
using Network.Api.Tests.Hosting;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>
/// The browser session: where the cookie counts (web pages, safe API reads) and where it does not (API writes,
/// GraphQL), how it is made and ended, and that the antiforgery token is required on every form post.
/// </summary>
public sealed class SessionTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Signing_in_sets_an_http_only_lax_session_cookie_and_leads_home()
    {
        var browser = new WebBrowser(factory);
        await browser.OpenAsync("/aanmelden");
        var (response, _) = await browser.SubmitAsync(
            "form:has(input[name=login])",
            new Dictionary<string, string> { ["login"] = "teacher.amberveen" }
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = response
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("NetworkSession=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);

        var home = await browser.OpenAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/mijn-gegevens']"));
    }

    [Fact]
    public async Task A_page_that_needs_a_person_sends_an_anonymous_visitor_to_sign_in_and_back()
    {
        var browser = new WebBrowser(factory);
        var (response, _) = await browser.GetAsync("/ik-maak-me-zorgen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/aanmelden?terug=%2Fik-maak-me-zorgen", response.Headers.Location?.PathAndQuery);

        await browser.OpenAsync(response.Headers.Location!.PathAndQuery);
        var (signedIn, _) = await browser.SubmitAsync(
            "form:has(input[name=login])",
            new Dictionary<string, string> { ["login"] = "teacher.amberveen" }
        );
        Assert.Equal("/ik-maak-me-zorgen", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_does_not_redirect_to_another_site()
    {
        var browser = new WebBrowser(factory);
        await browser.OpenAsync("/aanmelden?terug=https%3A%2F%2Fevil.example%2F");
        var (response, _) = await browser.SubmitAsync(
            "form:has(input[name=login])",
            new Dictionary<string, string> { ["login"] = "teacher.amberveen" }
        );
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_session_opens_api_reads_in_the_browser_but_never_api_writes_or_graphql()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("coordinator.amberveen");

        // A report link opened in the browser works (the HTML report answered 401 before).
        var report = await browser.Http.GetAsync("/api/v1/municipalities/GM9901/network-report?format=html");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.StartsWith("text/html", report.Content.Headers.ContentType?.ToString());

        // Writes need a bearer token: another site cannot make the browser change anything through the API.
        var write = await browser.Http.PostAsync(
            "/api/v1/organisations",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);

        var graphql = await browser.Http.PostAsync(
            "/graphql",
            new StringContent("{\"query\":\"{ me { id } }\"}", System.Text.Encoding.UTF8, "application/json")
        );
        var body = await graphql.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"me\":{", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_read_without_session_or_token_is_still_a_401_problem_not_a_redirect()
    {
        var browser = new WebBrowser(factory);
        var (response, _) = await browser.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        await browser.OpenAsync("/");
        var (response, _) = await browser.SubmitAsync("form[action='/afmelden']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (after, _) = await browser.GetAsync("/ik-maak-me-zorgen");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/aanmelden", after.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var browser = new WebBrowser(factory);
        var response = await browser.Http.PostAsync("/aanmelden", new FormUrlEncodedContent([new("login", "admin")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c =>
            c.StartsWith("NetworkSession=", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task An_unknown_page_is_a_dutch_404_page()
    {
        var browser = new WebBrowser(factory);
        var (response, page) = await browser.GetAsync("/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_language_switch_is_remembered()
    {
        var browser = new WebBrowser(factory);
        await browser.OpenAsync("/aanmelden");
        var (response, _) = await browser.SubmitAsync(
            "form[action='/taal']",
            new Dictionary<string, string> { ["taal"] = "en" }
        );
        Assert.Equal("/aanmelden", response.Headers.Location?.OriginalString);

        var page = await browser.OpenAsync("/aanmelden");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        var browser = new WebBrowser(factory);
        var (response, page) = await browser.GetAsync("/aanmelden");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Empty(page.QuerySelectorAll("script:not([src]), style, [style]"));
    }

    [Fact]
    public async Task Styles_are_cached_by_content_hash_and_sent_compressed()
    {
        var browser = new WebBrowser(factory);
        var page = await browser.OpenAsync("/aanmelden");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("br");
        var css = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
        Assert.Equal("br", css.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Outside Development there is no demo picker, and the session cookie carries the __Host- prefix.</summary>
public sealed class ProductionSessionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task There_is_no_demo_login_and_posting_one_signs_nobody_in()
    {
        var browser = new WebBrowser(factory, "https://localhost");
        var page = await browser.OpenAsync("/aanmelden");
        Assert.Empty(page.QuerySelectorAll("input[name=login]"));

        await browser.OpenAsync("/");
        var (response, _) = await browser.SubmitAsync(
            "form[action='/taal']",
            new Dictionary<string, string> { ["taal"] = "nl" }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var form = new FormUrlEncodedContent([
            new("login", "admin"),
            new("__antiforgery", browser.Page!.QuerySelector("input[name=__antiforgery]")?.GetAttribute("value") ?? ""),
        ]);
        var login = await browser.Http.PostAsync("/aanmelden", form);
        Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain(login.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c =>
            c.Contains("network=", StringComparison.Ordinal)
        );
    }
}
