using System.Net;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>Ids a valid body can refer to, read through the API as the caller sees them.</summary>
public static class DemoLookups
{
    public static async Task<string[]> IdsAsync(HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        var ids = page!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToArray();
        Assert.NotEmpty(ids);
        return ids;
    }
}
