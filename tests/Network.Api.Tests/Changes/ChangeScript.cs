using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;
using Ids = Network.Application.Persistence.Seeding.DemoNetwork.Ids;

namespace Network.Api.Tests.Changes;

/// <summary>
/// A random (seeded) sequence of changes through the API, of every kind a mirror must follow: edits, a contact point's
/// visibility, consent, trust confirmed and revoked, people and organisations deactivated and reactivated, an
/// organisation moving between municipalities, creations.
/// </summary>
internal sealed class ChangeScript(NetworkApiFactory factory, Random random)
{
    private static readonly string[] People =
    [
        "teacher.amberveen",
        "youth-doctor.amberveen",
        "police.lindewaard",
        "facilitator.amberveen",
        "newcomer.amberveen",
        "social-worker.both",
    ];

    private static readonly Guid[] Organisations =
    [
        Ids.VeiligheidshuisOrg,
        Ids.AmberlyceumOrg,
        Ids.VeenpoortOrg,
        Ids.LindecollegeOrg,
        Ids.GgdOrg,
        Ids.PoliceOrg,
        Ids.YouthWorkAmberveenOrg,
        Ids.SocialTeamLindewaardOrg,
    ];

    private static readonly Guid[] Professionals =
    [
        Ids.TeacherAmberveen,
        Ids.CareCoordinatorAmberveen,
        Ids.YouthDoctorAmberveen,
        Ids.MunicipalContactAmberveen,
        Ids.PoliceOfficerLindewaard,
        Ids.TeacherLindewaard,
        Ids.SocialWorkerBothMunicipalities,
        Ids.NewcomerAmberveen,
    ];

    private static readonly string[] Visibilities = ["public", "network", "trusted", "coordinators", "private"];

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<(string, string), Guid> _trust = [];
    private bool _seededTrustRevoked;
    private int _n;

    public List<string> Done { get; } = [];

    public async Task ApplyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _n++;
            var (what, response) = random.Next(11) switch
            {
                0 => await EditOrganisationAsync(),
                1 => await MoveOrganisationAsync(),
                2 => await ToggleOrganisationAsync(),
                3 => await ToggleProfessionalAsync(),
                4 or 5 => await ContactPointVisibilityAsync(),
                6 => await ConsentAsync(),
                7 or 8 => await TrustAsync(),
                9 => await CreateOrganisationAsync(),
                _ => await CreateProfessionalAsync(),
            };
            Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode}");
            Done.Add($"{what}: {(int)response.StatusCode}");
        }
    }

    private HttpClient As(string login) =>
        _clients.TryGetValue(login, out var c) ? c : _clients[login] = factory.ClientFor(login);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private async Task<(JsonNode Body, string ETag)> GetAsync(string login, string url)
    {
        var response = await As(login).GetAsync(url);
        var body = (await response.ExpectAsync(HttpStatusCode.OK))!;
        return (body, response.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> PatchAsync(string login, string url, object patch, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(patch, HttpAssertions.Json),
                Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await As(login).SendAsync(request);
    }

    private async Task<(string, HttpResponseMessage)> EditOrganisationAsync()
    {
        var id = Pick(Organisations);
        var (org, etag) = await GetAsync("admin", $"/api/v1/organisations/{id}");
        var name = org["name"]!.GetValue<string>().Split(" #")[0] + $" #{_n}";
        return (
            $"rename organisation {id}",
            await PatchAsync("admin", $"/api/v1/organisations/{id}", new { name }, etag)
        );
    }

    private async Task<(string, HttpResponseMessage)> MoveOrganisationAsync()
    {
        var id = Pick(Organisations);
        var (org, etag) = await GetAsync("admin", $"/api/v1/organisations/{id}");
        var codes = org["municipalities"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        string[] next =
            codes.Count == 2 ? [Pick(codes)]
            : random.Next(2) == 0 ? [DemoNetwork.Amberveen, DemoNetwork.Lindewaard]
            : [codes[0] == DemoNetwork.Amberveen ? DemoNetwork.Lindewaard : DemoNetwork.Amberveen];
        return (
            $"organisation {id} serves {string.Join(",", next)}",
            await PatchAsync("admin", $"/api/v1/organisations/{id}", new { municipalities = next }, etag)
        );
    }

    private async Task<(string, HttpResponseMessage)> ToggleOrganisationAsync()
    {
        var id = Pick(Organisations);
        var (org, _) = await GetAsync("admin", $"/api/v1/organisations/{id}");
        var verb = org["isActive"]!.GetValue<bool>() ? "deactivate" : "reactivate";
        return ($"{verb} organisation {id}", await As("admin").PostAsync($"/api/v1/organisations/{id}/{verb}", null));
    }

    private async Task<(string, HttpResponseMessage)> ToggleProfessionalAsync()
    {
        var id = Pick(Professionals);
        var (p, _) = await GetAsync("admin", $"/api/v1/professionals/{id}");
        var verb = p["isActive"]!.GetValue<bool>() ? "deactivate" : "reactivate";
        return ($"{verb} professional {id}", await As("admin").PostAsync($"/api/v1/professionals/{id}/{verb}", null));
    }

    private async Task<(string, HttpResponseMessage)> ContactPointVisibilityAsync()
    {
        var login = Pick(People);
        var (me, etag) = await GetAsync(login, "/api/v1/me");
        var points = me["contactPoints"]!.AsArray();
        var changed = random.Next(points.Count);
        var level = Pick(Visibilities);
        var contactPoints = points
            .Select(
                (cp, i) =>
                    new
                    {
                        id = cp!["id"]!.GetValue<string>(),
                        channel = cp["channel"]!.GetValue<string>(),
                        value = cp["value"]!.GetValue<string>(),
                        visibility = i == changed ? level : cp["visibility"]!.GetValue<string>(),
                    }
            )
            .ToList();
        return (
            $"{login} makes contact point {changed} {level}",
            await PatchAsync(login, "/api/v1/me/profile", new { contactPoints }, etag)
        );
    }

    private async Task<(string, HttpResponseMessage)> ConsentAsync()
    {
        var login = Pick(People);
        var (me, _) = await GetAsync(login, "/api/v1/me");
        var consent = !me["optionalFieldsConsent"]!.GetValue<bool>();
        return (
            $"{login} sets consent {consent}",
            await As(login).PutAsJsonAsync("/api/v1/me/consent", new { optionalFields = consent })
        );
    }

    private async Task<(string, HttpResponseMessage)> TrustAsync()
    {
        if (!_seededTrustRevoked && random.Next(3) == 0)
        {
            _seededTrustRevoked = true;
            return (
                "teacher revokes the seeded trust with the facilitator",
                await As("teacher.amberveen")
                    .PostAsync($"/api/v1/trust-relationships/{Ids.TrustTeacherMunicipalContact}/revoke", null)
            );
        }
        var a = Pick(People);
        var b = Pick(People.Where(p => p != a).ToList());
        var pair = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (_trust.Remove(pair, out var existing))
            return (
                $"{a} revokes trust with {b}",
                await As(a).PostAsync($"/api/v1/trust-relationships/{existing}/revoke", null)
            );
        var other = DemoNetwork.Users.Single(u => u.Login == b).ProfessionalId!.Value;
        var proposed = await As(a).PostJsonAsync("/api/v1/trust-relationships", new { professionalId = other });
        if (proposed.StatusCode != HttpStatusCode.Created)
            return ($"{a} proposes trust to {b}", proposed);
        var id = (await proposed.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
        var confirmed = await As(b).PostAsync($"/api/v1/trust-relationships/{id}/confirm", null);
        if (confirmed.IsSuccessStatusCode)
            _trust[pair] = Guid.Parse(id);
        return ($"{a} and {b} confirm trust", confirmed);
    }

    private async Task<(string, HttpResponseMessage)> CreateOrganisationAsync()
    {
        var municipality = random.Next(2) == 0 ? DemoNetwork.Amberveen : DemoNetwork.Lindewaard;
        var body = new
        {
            name = $"Mirror school {_n}",
            kind = "school",
            domains = new[] { "education" },
            municipalities = new[] { municipality },
        };
        return (
            $"create organisation in {municipality}",
            await As("admin").PostJsonAsync("/api/v1/organisations", body)
        );
    }

    private async Task<(string, HttpResponseMessage)> CreateProfessionalAsync()
    {
        var body = new
        {
            givenName = "Mirror",
            familyName = $"Person {_n}",
            professionId = "teacher",
            municipalities = new[] { DemoNetwork.Amberveen },
            contactPoints = new[] { new { channel = "email", value = $"mirror{_n}@school.example" } },
        };
        return (
            "coordinator creates a pending professional",
            await As("coordinator.amberveen").PostJsonAsync("/api/v1/professionals", body)
        );
    }
}
