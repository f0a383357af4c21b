using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Api.Rest.ContactLookup;
using Network.Api.Tests.Infrastructure;
using Network.Application.ContactLookup;
using Network.Application.Persistence.Seeding;
using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;

namespace Network.Api.Tests.ContactLookup;

/// <summary>
/// The REST lookup writes its answer with a hand-written writer (<see cref="LookupAnswerJson"/>); it must write byte for
/// byte what the API's JSON options write for the same answer, with every field set and with every optional one absent.
/// </summary>
public sealed class LookupAnswerJsonTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private JsonSerializerOptions ApiJson =>
        factory
            .Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()
            .Value.SerializerOptions;

    private string Fast(LookupAnswer answer)
    {
        var buffer = new ArrayBufferWriter<byte>();
        LookupAnswerJson.Write(buffer, answer, ApiJson);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static LookupContactPoint Point(ContactChannel channel, VisibilityLevel level) =>
        new(channel, "+31 6 1234 5678 <a&b> \"é\" → ☎", level, $"{level}: why \\ with / odd \u0001 text");

    private static LookupOrganisation Org(string? label) =>
        new(
            Guid.NewGuid(),
            "GGD Amberveen & co",
            "ggd",
            [new LookupOrganisationContactPoint(ContactChannel.Email, "info@ggd.example", label)]
        );

    private static LookupAnswer Full(bool optionals) =>
        new(
            "radicalisation",
            "GM9901",
            optionals ? "education" : null,
            optionals ? MethodStep.AnonymousConsultation : null,
            [
                new LookupRouteStep(
                    1,
                    RouteStepKind.OwnDesignatedOfficer,
                    MethodStep.AnonymousConsultation,
                    true,
                    optionals ? "a note" : null,
                    [
                        new LookupPerson(
                            Guid.NewGuid(),
                            "Anna de Vries",
                            "Teacher",
                            [Point(ContactChannel.WorkPhone, VisibilityLevel.Trusted)]
                        ),
                    ],
                    optionals ? Org("switchboard") : null,
                    optionals ? "Line" : null,
                    optionals ? "0800-1234" : null
                ),
                new LookupRouteStep(
                    2,
                    RouteStepKind.Organisation,
                    MethodStep.SharingPersonalData,
                    false,
                    null,
                    [],
                    Org(null),
                    null,
                    null
                ),
            ],
            [
                new LookupContact(
                    1,
                    Guid.NewGuid(),
                    "Bram Jansen",
                    new LookupProfession(
                        "youth-worker",
                        "Youth worker",
                        ConfidentialityRegime.YouthCareSecrecy,
                        "Jeugdwet art. 7.3.11"
                    ),
                    true,
                    [Org(optionals ? "desk" : null)],
                    [
                        Point(ContactChannel.Email, VisibilityLevel.Network),
                        Point(ContactChannel.Mobile, VisibilityLevel.Public),
                    ],
                    optionals
                        ?
                        [
                            new LookupCovenant(
                                Guid.NewGuid(),
                                "Convenant",
                                "Sharing for safety",
                                new DateOnly(2025, 1, 31),
                                new DateOnly(2027, 12, 1)
                            ),
                        ]
                        : [new LookupCovenant(Guid.NewGuid(), "Open", "Open-ended", new DateOnly(2024, 2, 29), null)],
                    optionals ? 2 : null,
                    [
                        new LookupTrustHop(
                            "Carla",
                            new DateOnly(2026, 3, 12),
                            optionals ? "Workshop 12 March" : null,
                            optionals ? new DateOnly(2026, 3, 12) : null
                        ),
                    ],
                    ["radicalisation", "polarisation"],
                    "You → Carla (workshop 12 March 2026) → Bram.",
                    new DateOnly(2025, 11, 3),
                    optionals ? "Not verified since 3 November 2024" : null
                ),
            ],
            LookupService.Notice
        );

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_fast_writer_writes_what_the_api_json_options_write(bool optionals)
    {
        var answer = Full(optionals);
        Assert.Equal(JsonSerializer.Serialize(answer, ApiJson), Fast(answer));
    }

    [Fact]
    public void Every_enum_value_is_written_as_the_api_writes_it()
    {
        foreach (var channel in Enum.GetValues<ContactChannel>())
        foreach (var level in Enum.GetValues<VisibilityLevel>())
        foreach (var kind in Enum.GetValues<RouteStepKind>())
        foreach (var step in Enum.GetValues<MethodStep>())
        foreach (var regime in Enum.GetValues<ConfidentialityRegime>())
        {
            var a = Full(true);
            var answer = a with
            {
                MethodStep = step,
                Route =
                [
                    a.Route[0] with
                    {
                        Kind = kind,
                        MethodStep = step,
                        People = [a.Route[0].People[0] with { ContactPoints = [Point(channel, level)] }],
                    },
                ],
                Contacts =
                [
                    a.Contacts[0] with
                    {
                        Profession = a.Contacts[0].Profession with { ConfidentialityRegime = regime },
                    },
                ],
            };
            Assert.Equal(JsonSerializer.Serialize(answer, ApiJson), Fast(answer));
        }
    }

    [Fact]
    public async Task Demo_answers_over_http_are_what_the_api_json_options_write()
    {
        foreach (var login in ((IEnumerable<object[]>)LookupDemoTests.Askers).Select(row => (string)row[0]))
        {
            var user = DemoNetwork.Users.Single(u => u.Login == login);
            var client = factory.ClientFor(login);
            foreach (var municipality in user.Municipalities)
            {
                var response = await client.PostJsonAsync(
                    "/api/v1/lookups",
                    new { concernType = "radicalisation", municipality }
                );
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
                var body = await response.Content.ReadAsStringAsync();
                var answer = JsonSerializer.Deserialize<LookupAnswer>(body, ApiJson)!;
                Assert.Equal(JsonSerializer.Serialize(answer, ApiJson), body);
            }
        }
    }
}
