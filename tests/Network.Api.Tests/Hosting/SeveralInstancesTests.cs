using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

/// <summary>
/// Two instances of the service, real processes, on one store, each with a home folder of its own (so nothing is
/// shared through a machine's folders, as on two machines): a person signed in through one is signed in on the other,
/// a write through one is read through the other, and when one is killed with SIGKILL the other keeps answering with
/// everything that was acknowledged.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("network-instances-").FullName;
    private readonly TestDatabase _store = TestDatabase.Create("network-instances");

    private ServiceProcess StartInstance(string name)
    {
        var home = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var environment = new Dictionary<string, string>(_store.Environment) { ["HOME"] = home };
        return ServiceProcess.Start(_store.ConnectionString, environment);
    }

    [Fact]
    public async Task A_session_made_by_one_instance_opens_on_the_other()
    {
        await using var first = StartInstance("first");
        await first.WaitUntilReadyAsync(); // the first start creates the store and seeds the demo network
        await using var second = StartInstance("second");
        await second.WaitUntilReadyAsync();

        var cookies = new CookieContainer();
        using var onFirst = Browser(first.Url, cookies);
        using var onSecond = Browser(second.Url, cookies);

        var signIn = await onFirst.GetStringAsync("/aanmelden");
        var token = AntiforgeryToken(signIn, "form:has(input[name=login])");
        var signedIn = await onFirst.PostAsync(
            "/aanmelden",
            new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__antiforgery"] = token, ["login"] = "teacher.amberveen" }
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The cookie (protected with the first instance's keys) opens the teacher's own page on the second.
        var page = await onSecond.GetAsync("/mijn-gegevens");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Anouk", html);

        // A form rendered by the second instance posts to the first: its antiforgery token opens there too.
        var signOut = await onFirst.PostAsync(
            "/afmelden",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__antiforgery"] = AntiforgeryToken(html, "form[action='/afmelden']"),
                }
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onSecond.GetAsync("/mijn-gegevens")).StatusCode);
    }

    [Fact]
    public async Task A_write_through_one_instance_is_read_through_the_other_and_survives_its_kill()
    {
        await using var first = StartInstance("first");
        await first.WaitUntilReadyAsync();
        await using var second = StartInstance("second");
        await second.WaitUntilReadyAsync();

        var writer = await first.ClientForAsync("teacher.amberveen");
        var me = await writer.GetAsync("/api/v1/me");
        var about = $"Bereikbaar op dinsdag en donderdag ({Guid.NewGuid():N})";
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { about }),
        };
        patch.Content.Headers.ContentType = new("application/merge-patch+json");
        patch.Headers.IfMatch.Add(me.Headers.ETag!);
        await (await writer.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var reader = await second.ClientForAsync("teacher.amberveen");
        var read = await (await reader.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(about, read!["about"]!.GetValue<string>());

        first.KillHard();

        // The survivor answers, holds the acknowledged write, and can write itself (no lock left by the dead one).
        var after = await (await reader.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(about, after!["about"]!.GetValue<string>());
        var lookup = await reader.PostAsJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" });
        await lookup.ExpectAsync(HttpStatusCode.OK);
        var again = await reader.GetAsync("/api/v1/me");
        using var secondPatch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
        {
            Content = JsonContent.Create(new { about = about + "!" }),
        };
        secondPatch.Content.Headers.ContentType = new("application/merge-patch+json");
        secondPatch.Headers.IfMatch.Add(again.Headers.ETag!);
        await (await reader.SendAsync(secondPatch)).ExpectAsync(HttpStatusCode.OK);
    }

    private static HttpClient Browser(Uri url, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static string AntiforgeryToken(string html, string form)
    {
        var document = new HtmlParser().ParseDocument(html);
        var input = document.QuerySelector($"{form} input[name=__antiforgery]");
        Assert.NotNull(input);
        return input.GetAttribute("value")!;
    }

    public void Dispose()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
    }
}
