using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (panva's oidc-provider, <c>tests/oidc/provider.mjs</c>) as a child process on a free
/// local port: discovery, keys, the code flow with its login form, and client-credentials tokens. Installs its pinned
/// npm packages on first use.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string Audience = "urn:network:api";
    public const string WebClientId = "network-web";
    public const string WebClientSecret = "network-web-secret";
    public const string SystemClientId = "network-system";
    public const string UnregisteredClientId = "other-system";

    private readonly Process _process;

    private OidcProvider(Process process, string issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static async Task<OidcProvider> StartAsync(params string[] redirectUris)
    {
        var folder = Repository.Path("tests", "oidc");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "provider.mjs", "--port", "0", "--audience", Audience })
            info.ArgumentList.Add(arg);
        foreach (var uri in redirectUris)
        {
            info.ArgumentList.Add("--redirect-uri");
            info.ArgumentList.Add(uri);
        }
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { }; // its start-up warnings are expected
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("listening ", StringComparison.Ordinal))
                return new OidcProvider(process, line["listening ".Length..].Trim());
        throw new InvalidOperationException("The test OpenID Connect provider did not start.");
    }

    /// <summary>The Auth settings that make the service trust this provider under <paramref name="name"/>.</summary>
    public IDictionary<string, string?> Settings(string name = "test") =>
        new Dictionary<string, string?>
        {
            [$"Auth:Providers:{name}:Authority"] = Issuer,
            [$"Auth:Providers:{name}:DisplayName"] = "Test-IdP",
            [$"Auth:Providers:{name}:ClientId"] = WebClientId,
            [$"Auth:Providers:{name}:ClientSecret"] = WebClientSecret,
            [$"Auth:Providers:{name}:Audience"] = Audience,
            [$"Auth:Providers:{name}:RequireHttpsMetadata"] = "false",
        };

    /// <summary>A client-credentials access token, as a municipal system gets one.</summary>
    public async Task<string> ClientTokenAsync(string clientId, string scope = "network.directory.read network.lookup")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Issuer}/token")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = scope }
            ),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{clientId}-secret"))
        );
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode
            ? body.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"token request refused: {body}");
    }

    /// <summary>
    /// A person at the provider's login form, as a browser would be: follows the authorization request from
    /// <paramref name="authorizeUrl"/> through the login (any login is accepted) and consent, and returns the URL the
    /// provider sends the browser back to (the web app's callback with the code).
    /// </summary>
    public async Task<Uri> SignInAsync(Uri authorizeUrl, string login)
    {
        using var http = new HttpClient(
            new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }
        );
        var url = authorizeUrl;
        for (var step = 0; step < 12; step++)
        {
            using var response = await http.GetAsync(url);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                url = new Uri(url, response.Headers.Location!);
                if (!url.AbsoluteUri.StartsWith(Issuer, StringComparison.Ordinal))
                    return url;
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            var action = System
                .Text.RegularExpressions.Regex.Match(html, "<form[^>]*action=\"([^\"]+)\"")
                .Groups[1]
                .Value;
            if (action.Length == 0)
                throw new InvalidOperationException(
                    $"no form at the provider: {(int)response.StatusCode} {html[..Math.Min(300, html.Length)]}"
                );
            var fields = System
                .Text.RegularExpressions.Regex.Matches(
                    html,
                    "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""
                )
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (html.Contains("name=\"login\"", StringComparison.Ordinal))
            {
                fields["login"] = login;
                fields["password"] = "any";
            }
            using var posted = await http.PostAsync(new Uri(url, action), new FormUrlEncodedContent(fields));
            url = new Uri(
                url,
                posted.Headers.Location ?? throw new InvalidOperationException("the provider did not redirect")
            );
            if (!url.AbsoluteUri.StartsWith(Issuer, StringComparison.Ordinal))
                return url;
        }
        throw new InvalidOperationException("the provider's sign-in did not finish");
    }

    private static async Task RunAsync(string file, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = folder, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed in {folder}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
