using System.Net;
using System.Text.Json.Nodes;
using CsCheck;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>
/// The property every write operation must have, whatever body it is sent: never a 5xx; a refusal changes nothing
/// in the store; an acceptance is audited and reads back equal (the answer equals a later GET, and the fields the
/// body set come back as sent, text trimmed and lists as sets).
/// </summary>
public sealed record WriteProperty(FuzzFactory Factory, HttpClient Client, HttpMethod Method, string Url)
{
    /// <summary>Send If-Match with the resource's current ETag (read before each request).</summary>
    public bool IfMatch { get; init; }

    /// <summary>Statuses a body valid by construction may still get (409 for an id that is taken, ...).</summary>
    public int[] ValidMayGet { get; init; } = [];

    /// <summary>Statuses an invalid body may get besides 400 (e.g. 409 when uniqueness is checked first).</summary>
    public int[] InvalidMayGet { get; init; } = [];

    /// <summary>Input fields the API stores in another form, so they are not compared with what comes back.</summary>
    public string[] NotEchoed { get; init; } = [];

    /// <summary>The request body's schema in the served document: valid bodies must conform, bodies it refuses get a 400 naming the field.</summary>
    public DocumentSchema? Document { get; init; }

    /// <summary>Where to read the resource back; default: the Location of a 201, else <see cref="Url"/>.</summary>
    public string? ReadUrl { get; init; }

    public Task CheckAsync(Gen<FuzzBody> bodies) =>
        bodies.SampleAsync(
            async body =>
            {
                string? etag = null;
                if (IfMatch)
                    etag = (await Client.GetAsync(ReadUrl ?? Url)).Headers.ETag?.Tag;
                var before = await StoreSnapshot.TakeAsync(Factory);
                var request = new HttpRequestMessage(Method, Url) { Content = FuzzFactory.Json(body.Text) };
                if (etag is not null)
                    request.Headers.TryAddWithoutValidation("If-Match", etag);
                var response = await Client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var what = $"{Method} {Url} answered {status} to {body}: {Shorten(text)}";
                Assert.True(status < 500, what);
                if (Document is not null)
                {
                    var violations = DocumentAnswers.ViolationsOf(Document, body.Text);
                    if (body.Expect == Expect.Accepted)
                        Assert.True(
                            violations.Count == 0,
                            $"a body valid by construction breaks the served document at {string.Join(", ", violations)}: {body}"
                        );
                    if (violations.Count > 0)
                        DocumentAnswers.AssertFieldError(status, text, violations, what);
                }

                if (status is >= 200 and < 300)
                {
                    Assert.True(body.Expect != Expect.Refused, what);
                    Assert.True(
                        StoreSnapshot.AuditCount(await StoreSnapshot.TakeAsync(Factory))
                            > StoreSnapshot.AuditCount(before),
                        $"not audited: {what}"
                    );
                    var location = response.Headers.Location?.ToString() ?? ReadUrl ?? Url;
                    var read = await (await Client.GetAsync(location)).ExpectAsync(HttpStatusCode.OK);
                    Assert.True(
                        Canonical(JsonNode.Parse(text)) == Canonical(read),
                        $"the answer and a later read differ: {what}\nread: {Shorten(read!.ToJsonString())}"
                    );
                    if (body.Valid is not null)
                        AssertEchoes(body.Valid, read!.AsObject(), what);
                    return;
                }
                var allowed = body.Expect switch
                {
                    Expect.Accepted => ValidMayGet,
                    Expect.Refused => [400, .. InvalidMayGet],
                    _ => [status],
                };
                Assert.True(allowed.Contains(status), what);
                Assert.True(
                    before == await StoreSnapshot.TakeAsync(Factory),
                    $"a refused request changed the store: {what}"
                );
            },
            iter: FuzzFactory.Iterations,
            threads: 1,
            print: b => b.ToString()
        );

    private void AssertEchoes(JsonObject input, JsonObject read, string what)
    {
        foreach (var (key, sent) in input)
        {
            if (NotEchoed.Contains(key) || read[key] is not { } back)
                continue;
            switch (sent)
            {
                case JsonValue v when v.TryGetValue<string>(out var s) && back is JsonValue:
                    Assert.True(s.Trim() == back.GetValue<string>(), $"'{key}' came back as '{back}': {what}");
                    break;
                case JsonValue when back is JsonValue:
                    Assert.True(
                        sent.ToJsonString() == back.ToJsonString(),
                        $"'{key}' came back as {back.ToJsonString()}: {what}"
                    );
                    break;
                case JsonArray a when a.All(x => x is JsonValue) && back is JsonArray b && b.All(x => x is JsonValue):
                    Assert.True(Set(a).SequenceEqual(Set(b)), $"'{key}' came back as {b.ToJsonString()}: {what}");
                    break;
            }
        }
    }

    private static IEnumerable<string> Set(JsonArray a) =>
        a.Select(x => x!.ToJsonString()).Distinct().Order(StringComparer.Ordinal);

    /// <summary>JSON with every array sorted, so two reads of the same state compare equal whatever the row order.</summary>
    public static string Canonical(JsonNode? node) =>
        node switch
        {
            JsonObject o => "{"
                + string.Join(
                    ",",
                    o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")
                )
                + "}",
            JsonArray a => "[" + string.Join(",", a.Select(Canonical).Order(StringComparer.Ordinal)) + "]",
            null => "null",
            _ => node.ToJsonString(),
        };

    private static string Shorten(string s) => s.Length > 400 ? s[..400] + "…" : s;

    /// <summary>Valid bodies (expected accepted), their malformed variants, non-objects and, given the document, bodies it refuses; mixed.</summary>
    public static Gen<FuzzBody> Mix(
        BodyShape shape,
        Gen<JsonObject> valid,
        Gen<FuzzBody>? featureRefusals = null,
        Expect validExpect = Expect.Accepted,
        DocumentSchema? document = null
    )
    {
        var options = new List<(int, IGen<FuzzBody>)>
        {
            (10, valid.Select(b => new FuzzBody(b.ToJsonString(), b, validExpect, "valid"))),
            (14, shape.Malformed(valid)),
            (2, JsonGen.NotAnObject),
        };
        if (featureRefusals is not null)
            options.Add((3, featureRefusals));
        if (document is not null)
            options.Add((6, DocumentBodies.Violations(document, valid).Select(v => v.ToFuzzBody())));
        return Gen.Frequency([.. options]);
    }
}
