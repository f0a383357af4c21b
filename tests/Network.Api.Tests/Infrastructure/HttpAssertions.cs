using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The row version an ETag carries: tags are <c>"{version}.{representation hash}"</c> (see ConditionalReads), and
    /// If-Match compares only the version.
    /// </summary>
    public static string? VersionTag(this HttpResponseMessage response) =>
        response.Headers.ETag?.Tag.Trim('"').Split('.')[0];

    /// <summary>Asserts the status; on a mismatch the failure shows the body, which is what one needs to see.</summary>
    public static async Task<JsonNode?> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == status,
            $"Expected {(int)status} but got {(int)response.StatusCode}: {body}"
        );
        return body.Length == 0 ? null : JsonNode.Parse(body);
    }

    /// <summary>Asserts an RFC 9457 problem with status, title, detail and the shared error code.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(
        this HttpResponseMessage response,
        HttpStatusCode status,
        string? code = null
    )
    {
        var node = await response.ExpectAsync(status) ?? throw new Xunit.Sdk.XunitException("problem body was empty");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, node["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(node["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(node["detail"]?.GetValue<string>()));
        if (code is not null)
            Assert.Equal(code, node["code"]?.GetValue<string>());
        return node;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(
        this HttpClient client,
        string url,
        object body,
        string? ifMatch
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
