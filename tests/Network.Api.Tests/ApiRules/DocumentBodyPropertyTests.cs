using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// Every operation the served OpenAPI document says takes a JSON body, tried with bodies generated from that
/// document alone: one that follows the document is never answered 5xx, and one that breaks something the
/// document declares (a required property missing, a wrong type or format, a value outside an enum, a property the
/// schema does not have, a declared bound crossed) is a 400 problem naming the field, and changes nothing.
/// </summary>
public sealed class DocumentBodyPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    private static int Iterations => Math.Max(100, FuzzFactory.Iterations / 10);

    [Fact]
    public async Task Every_documented_body_follows_the_document()
    {
        var document = await ServedDocument.ReadAsync(factory);
        Assert.True(
            document.Operations.Count >= 20,
            $"the document names only {document.Operations.Count} operations with a JSON body"
        );
        var failures = new List<string>();
        foreach (var op in document.Operations)
        {
            var client = factory.ClientFor(LoginFor(op.Path));
            var url = await UrlAsync(op, client);
            var valid = op.Request.Is("object")
                ? DocumentBodies
                    .Blended(op.Request, await SampleAsync(client, op, url))
                    .Select(b => new FuzzBody(b.ToJsonString(), b, Expect.Either, "valid per the document"))
                : DocumentBodies
                    .Valid(op.Request with { Types = op.Request.Types.Where(t => t != "null").ToHashSet() })
                    .Select(b => new FuzzBody(b!.ToJsonString(), null, Expect.Either, "valid per the document"));
            var bodies = op.Request.Is("object")
                ? Gen.Frequency(
                    (1, valid),
                    (
                        2,
                        DocumentBodies
                            .Violations(op.Request, DocumentBodies.ValidObject(op.Request))
                            .Select(v => v.ToFuzzBody())
                    )
                )
                : valid;
            try
            {
                await bodies.SampleAsync(
                    async body =>
                    {
                        var violations = DocumentAnswers.ViolationsOf(op.Request, body.Text);
                        // The generator's own check: a valid body conforms, a broken one breaks the document.
                        Assert.True(
                            body.Expect == Expect.Refused ? violations.Count > 0 : violations.Count == 0,
                            $"{op}: generated {body}, violations: {string.Join(", ", violations)}"
                        );
                        var request = new HttpRequestMessage(new HttpMethod(op.Method), url)
                        {
                            Content = FuzzFactory.Json(body.Text),
                        };
                        if (op.Method == "PUT" && await ETagAsync(client, url) is { } etag)
                            request.Headers.TryAddWithoutValidation("If-Match", etag);
                        var before = await StoreSnapshot.TakeAsync(factory); // after the read: reading restricted contact points is audited
                        var response = await client.SendAsync(request);
                        var text = await response.Content.ReadAsStringAsync();
                        var status = (int)response.StatusCode;
                        var what =
                            $"{op.Method} {url} answered {status} to {body}: {(text.Length > 400 ? text[..400] : text)}";
                        Assert.True(status < 500, what);
                        if (violations.Count == 0)
                            return;
                        DocumentAnswers.AssertFieldError(status, text, violations, what);
                        Assert.True(
                            before == await StoreSnapshot.TakeAsync(factory),
                            $"a refused request changed the store: {what}"
                        );
                    },
                    iter: Iterations,
                    threads: 1,
                    print: b => $"{op}: {b}"
                );
            }
            catch (CsCheckException e)
            {
                failures.Add($"{e.Message}\n{e.InnerException?.Message}"); // every operation is tried, so one run lists every operation that breaks the rule
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Someone allowed to call the operation, so the body is what is judged.</summary>
    private static string LoginFor(string path) =>
        path switch
        {
            _ when path.StartsWith("/api/v1/me/", StringComparison.Ordinal) => "newcomer.amberveen",
            "/api/v1/trust-relationships" or "/api/v1/lookups" or "/api/v1/workshops/{id}/trust" => "teacher.amberveen",
            _ => "admin", // maintains every municipality, so no target is out of reach
        };

    /// <summary>
    /// The path with its parameter filled in by a resource the caller may change, so a body is judged by validation
    /// rather than refused for the target: the first its collection lists that answers an empty object with a 400.
    /// </summary>
    private async Task<string> UrlAsync(BodyOperation op, HttpClient client)
    {
        var urls = await CandidatesAsync(op.Path);
        foreach (var url in urls)
        {
            var probe = new HttpRequestMessage(new HttpMethod(op.Method), url) { Content = FuzzFactory.Json("{}") };
            if (op.Method == "PUT" && await ETagAsync(client, url) is { } etag)
                probe.Headers.TryAddWithoutValidation("If-Match", etag);
            if ((await client.SendAsync(probe)).StatusCode == HttpStatusCode.BadRequest)
                return url;
        }
        return urls[0];
    }

    /// <summary>
    /// The path with each parameter filled in from the collection before it, left to right: a nested resource
    /// (/workshops/{id}/outcomes/items/{itemId}) from the items listed under each workshop that has some.
    /// </summary>
    private async Task<List<string>> CandidatesAsync(string path, bool nested = false)
    {
        var brace = path.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
            return [path];
        var collection = path[..(brace - 1)];
        // A nested collection (a workshop's outcome items) is listed whole: it takes no paging parameters.
        var response = await factory
            .ClientFor(LoginFor(collection))
            .GetAsync(nested ? collection : $"{collection}?pageSize=50");
        if (nested && response.StatusCode != HttpStatusCode.OK)
            return [];
        var page = await response.ExpectAsync(HttpStatusCode.OK);
        var urls = new List<string>();
        foreach (var item in page!["items"]!.AsArray())
        {
            var filled =
                path[..brace]
                + (item!["id"] ?? item["code"])!
                + path[(path.IndexOf('}', StringComparison.Ordinal) + 1)..];
            urls.AddRange(
                filled.Contains('{', StringComparison.Ordinal) ? await CandidatesAsync(filled, nested: true) : [filled]
            );
        }
        return urls;
    }

    /// <summary>A resource like the one the operation writes, as the service answers it: the target, or the first its collection lists.</summary>
    private static async Task<JsonObject?> SampleAsync(HttpClient client, BodyOperation op, string url)
    {
        var read = op.Method == "PUT" ? url : op.Path;
        if (read.Contains('{', StringComparison.Ordinal))
            return null;
        var response = await client.GetAsync(op.Method == "PUT" ? read : $"{read}?pageSize=1");
        if (!response.IsSuccessStatusCode)
            return null;
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (answer?["items"] is JsonArray { Count: > 0 } items ? items[0] : answer) as JsonObject;
    }

    /// <summary>The current ETag of what a PUT changes: the resource itself, or the one it belongs to (/me for /me/profile).</summary>
    private static async Task<string?> ETagAsync(HttpClient client, string url)
    {
        foreach (var candidate in new[] { url, url[..url.LastIndexOf('/')] })
        {
            var response = await client.GetAsync(candidate);
            if (response.Headers.ETag is { } etag)
                return etag.Tag;
        }
        return null;
    }
}
