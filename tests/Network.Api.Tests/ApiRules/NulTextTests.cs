using System.Net;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// A NUL (U+0000) is valid JSON text but no store may be asked about it: PostgreSQL refuses it in any text parameter
/// (22021), so a code the service looks up before its checks finish became a 500 there (found by the route property
/// test, seed frua_thwwtD2). Each case is a 400 naming the field, on both stores; the CI's PostgreSQL pass runs it there.
/// </summary>
public sealed class NulTextTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Nul = "GM\u00009901";

    [Fact]
    public async Task A_route_for_a_municipality_code_with_a_nul_is_refused_naming_the_field()
    {
        // A professional step is checked against the municipality: that lookup is the one that failed.
        var professionalId = await factory.WithDbAsync(db => db.Professionals.Select(p => p.Id).FirstAsync());
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostJsonAsync(
                "/api/v1/routes",
                new
                {
                    municipality = Nul,
                    concernType = "radicalisation",
                    steps = new object[] { new { kind = "professional", professionalId } },
                }
            );
        await AssertFieldRefusedAsync(response, "municipality");
    }

    [Fact]
    public async Task A_coordinator_grant_for_a_municipality_code_with_a_nul_is_refused_naming_the_field()
    {
        var accountId = await factory.WithDbAsync(db => db.Accounts.Select(a => a.Id).FirstAsync());
        var response = await factory
            .ClientFor("admin")
            .PostJsonAsync($"/api/v1/accounts/{accountId}/roles", new { role = "coordinator", municipality = Nul });
        await AssertFieldRefusedAsync(response, "municipality");
    }

    [Fact]
    public async Task A_system_client_for_a_municipality_code_with_a_nul_is_refused_naming_the_field()
    {
        var response = await factory
            .ClientFor("admin")
            .PostJsonAsync(
                "/api/v1/system-clients",
                new
                {
                    issuer = "https://idp.example",
                    clientId = "nul-test",
                    name = "Zaaksysteem",
                    municipality = Nul,
                    scopes = new[] { "network.directory.read" },
                }
            );
        await AssertFieldRefusedAsync(response, "municipality");
    }

    private static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]?[field]);
    }
}
