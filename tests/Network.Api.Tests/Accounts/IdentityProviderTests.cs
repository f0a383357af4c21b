using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Web;
using Network.Application.Persistence.Seeding;
using Network.Domain.Accounts;

namespace Network.Api.Tests.Accounts;

/// <summary>
/// Who someone is comes from the directory: tokens and sessions from a real OpenID Connect provider reach only what
/// the account, its roles and the registered system clients say, read on every request.
/// </summary>
public sealed class IdentityProviderTests(IdentityProviderFactory factory) : IClassFixture<IdentityProviderFactory>
{
    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_system_client_reaches_what_its_registration_says_and_nothing_once_deactivated()
    {
        var token = await factory.Idp.ClientTokenAsync(OidcProvider.SystemClientId);
        var unregistered = await Bearer(token).GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Forbidden, unregistered.StatusCode);

        var admin = factory.ClientFor("admin");
        var registered = await (
            await admin.PostJsonAsync(
                "/api/v1/system-clients",
                new
                {
                    issuer = factory.Idp.Issuer,
                    clientId = OidcProvider.SystemClientId,
                    name = "Zaaksysteem Amberveen",
                    municipality = DemoNetwork.Amberveen,
                    scopes = new[] { "network.directory.read" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);

        var organisations = await (await Bearer(token).GetAsync("/api/v1/organisations?pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        var served = organisations!["items"]!.AsArray().SelectMany(o => o!["municipalities"]!.AsArray()).ToList();
        Assert.NotEmpty(served);
        // Registered for network.directory.read only: the lookup scope the token asked for is not granted.
        var lookup = await Bearer(token)
            .PostJsonAsync(
                "/api/v1/lookups",
                new { concernType = "radicalisation", municipality = DemoNetwork.Amberveen }
            );
        Assert.Equal(HttpStatusCode.Forbidden, lookup.StatusCode);

        (await admin.DeleteAsync($"/api/v1/system-clients/{registered!["id"]}")).EnsureSuccessStatusCode();
        var after = await Bearer(token).GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task A_provider_cannot_grant_a_role_and_an_unknown_client_reaches_nothing()
    {
        var token = await factory.Idp.ClientTokenAsync(OidcProvider.UnregisteredClientId);
        var answer = await Bearer(token).GetAsync("/api/v1/professionals");
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    [Fact]
    public async Task A_new_person_signs_in_through_the_provider_and_reaches_only_the_link_step()
    {
        var browser = new WebBrowser(factory);
        var landed = await browser.SignInWithProviderAsync(factory.Idp, "stranger.one", back: "/zoeken");
        Assert.Equal("/zoeken", landed);

        var (search, _) = await browser.GetAsync("/zoeken");
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.Equal("/koppelen", search.Headers.Location!.OriginalString);
        var link = await browser.OpenAsync("/koppelen");
        Assert.Contains("Stranger One", link.Body!.TextContent);
        // The session does not open the API to an identity linked to nothing.
        var api = await browser.Http.GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        var account = await factory.WithDbAsync(db =>
            db.Accounts.SingleAsync(a => a.Issuer == factory.Idp.Issuer && a.Subject == "stranger.one")
        );
        Assert.Null(account.ProfessionalId);
        Assert.Equal("stranger.one@idp.test", account.VerifiedEmail);
    }

    [Fact]
    public async Task A_coordinator_role_counts_from_the_next_request_and_ends_at_the_next_request()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInWithProviderAsync(factory.Idp, "new.coordinator");
        var accountId = await factory.WithDbAsync(db =>
            db.Accounts.Where(a => a.Subject == "new.coordinator").Select(a => a.Id).SingleAsync()
        );
        var (before, _) = await browser.GetAsync("/netwerk");
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);

        var admin = factory.ClientFor("admin");
        var granted = await (
            await admin.PostJsonAsync(
                $"/api/v1/accounts/{accountId}/roles",
                new { role = "coordinator", municipality = DemoNetwork.Amberveen }
            )
        ).ExpectAsync(HttpStatusCode.OK);
        var grantId = granted!["roles"]!.AsArray().Single()!["id"]!.GetValue<Guid>();

        await browser.OpenAsync("/netwerk");
        var people = await browser.Http.GetAsync($"/api/v1/municipalities/{DemoNetwork.Amberveen}/network-report");
        Assert.Equal(HttpStatusCode.OK, people.StatusCode);

        (await admin.DeleteAsync($"/api/v1/accounts/{accountId}/roles/{grantId}")).EnsureSuccessStatusCode();
        var (after, _) = await browser.GetAsync("/netwerk");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        var report = await browser.Http.GetAsync($"/api/v1/municipalities/{DemoNetwork.Amberveen}/network-report");
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        var audit = await factory.WithDbAsync(db =>
            db.AuditEvents.Where(e => e.SubjectId == accountId.ToString()).Select(e => e.Action).ToListAsync()
        );
        Assert.Equal(["role.grant", "role.revoke"], audit);
    }

    [Fact]
    public async Task A_coordinator_grants_only_their_own_municipality_and_never_admin()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInWithProviderAsync(factory.Idp, "other.person");
        var accountId = await factory.WithDbAsync(db =>
            db.Accounts.Where(a => a.Subject == "other.person").Select(a => a.Id).SingleAsync()
        );
        // Linked to nothing: an Amberveen coordinator does not even see this account.
        var coordinator = factory.ClientFor("coordinator.amberveen");
        await (
            await coordinator.PostJsonAsync(
                $"/api/v1/accounts/{accountId}/roles",
                new { role = "coordinator", municipality = DemoNetwork.Amberveen }
            )
        ).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await factory.WithDbAsync(async db =>
        {
            var account = await db.Accounts.SingleAsync(a => a.Id == accountId);
            account.ProfessionalId = DemoNetwork.Ids.NewcomerAmberveen;
            await db.SaveChangesAsync();
        });
        await (
            await coordinator.PostJsonAsync($"/api/v1/accounts/{accountId}/roles", new { role = "admin" })
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (
            await coordinator.PostJsonAsync(
                $"/api/v1/accounts/{accountId}/roles",
                new { role = "coordinator", municipality = DemoNetwork.Lindewaard }
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        await (
            await coordinator.PostJsonAsync($"/api/v1/accounts/{accountId}/roles", new { role = "coordinator" })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var ok = await (
            await coordinator.PostJsonAsync(
                $"/api/v1/accounts/{accountId}/roles",
                new { role = "coordinator", municipality = DemoNetwork.Amberveen }
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(DemoNetwork.Ids.NewcomerAmberveen, ok!["professionalId"]!.GetValue<Guid>());
        var lindewaard = await (
            await factory.ClientFor("coordinator.lindewaard").GetAsync("/api/v1/accounts")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(lindewaard!["items"]!.AsArray(), a => a!["id"]!.GetValue<Guid>() == accountId);
    }

    [Fact]
    public async Task The_first_administrator_comes_from_configuration_only_while_the_directory_has_none()
    {
        var first = new WebBrowser(factory);
        await first.SignInWithProviderAsync(factory.Idp, "first.admin");
        var accounts = await (await first.Http.GetAsync("/api/v1/accounts?pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        var self = accounts!["items"]!.AsArray().Single(a => a!["displayName"]?.GetValue<string>() == "First Admin");
        Assert.Equal("admin", self!["roles"]!.AsArray().Single()!["role"]!.GetValue<string>());

        // Named too, but an administrator exists now: the setting grants nothing more.
        var second = new WebBrowser(factory);
        await second.SignInWithProviderAsync(factory.Idp, "second.admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await second.Http.GetAsync("/api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_person_loses_access_at_the_next_request()
    {
        var person = await new TestWorld(factory).ProfessionalAsync(TestWorld.A, $"Leaving{Guid.NewGuid():N}"[..12]);
        var browser = new WebBrowser(factory);
        await browser.SignInWithProviderAsync(factory.Idp, $"leaving.{person:N}");
        await factory.WithDbAsync(db =>
            db.Accounts.Where(a => a.Subject == $"leaving.{person:N}")
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ProfessionalId, person))
        );
        var (before, _) = await browser.GetAsync("/zoeken");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);

        (
            await factory
                .ClientFor("coordinator.amberveen")
                .PostAsync($"/api/v1/professionals/{person}/deactivate", null)
        ).EnsureSuccessStatusCode();
        var (after, _) = await browser.GetAsync("/zoeken");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/koppelen", after.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task The_pages_let_a_sign_in_form_be_redirected_to_the_provider_and_nowhere_else()
    {
        // Browsers apply form-action to the redirect after a form post: without the provider's origin the sign-in
        // button led nowhere in Chromium (found by tests/browser/invitation.sh).
        var answer = await factory.CreateClient().GetAsync("/aanmelden");
        var csp = answer.Headers.GetValues("Content-Security-Policy").Single();
        var origin = new Uri(factory.Idp.Issuer).GetLeftPart(UriPartial.Authority);
        Assert.Contains($"form-action 'self' {origin};", csp, StringComparison.Ordinal);
    }
}
