using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Changes;

/// <summary>What a municipal system keeps: the export once, then the change feed applied to it, as the README says.</summary>
internal sealed class Mirror
{
    public SortedDictionary<string, string> Items { get; } = new(StringComparer.Ordinal);
    public string Cursor { get; private set; } = "";
    public int Upserts { get; private set; }
    public int Removals { get; private set; }

    public static async Task<Mirror> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/export");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"export: {(int)response.StatusCode} {text}");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var end = JsonNode.Parse(lines[^1])!;
        var mirror = new Mirror { Cursor = end["cursor"]!.GetValue<string>() };
        Assert.Equal(lines.Length - 1, end["count"]!.GetValue<int>());
        foreach (var line in lines[..^1])
        {
            var item = JsonNode.Parse(line)!;
            Assert.Equal("upserted", item["change"]!.GetValue<string>());
            mirror.Apply(item);
        }
        return mirror;
    }

    /// <summary>Follows the feed from the cursor to its end, page by page; returns the number of pages read.</summary>
    public async Task<int> FollowAsync(HttpClient client, int pageSize)
    {
        for (var pages = 1; pages < 10_000; pages++)
        {
            var response = await client.GetAsync(
                $"/api/v1/changes?after={Uri.EscapeDataString(Cursor)}&pageSize={pageSize}"
            );
            var page = (await response.ExpectAsync(HttpStatusCode.OK))!;
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= pageSize, $"a page of {pageSize} held {items.Count} items");
            foreach (var item in items)
                Apply(item!);
            Cursor = page["cursor"]!.GetValue<string>();
            if (!page["hasMore"]!.GetValue<bool>())
                return pages;
        }
        throw new Xunit.Sdk.XunitException("the feed never said it had no more");
    }

    private void Apply(JsonNode item)
    {
        var type = item["type"]!.GetValue<string>();
        var key = $"{type}/{item["id"]!.GetValue<string>()}";
        if (item["change"]!.GetValue<string>() == "removed")
        {
            Assert.Null(item[type]);
            Items.Remove(key);
            Removals++;
            return;
        }
        var entity = item[type] ?? throw new Xunit.Sdk.XunitException($"upserted {key} without its {type}");
        Assert.Equal(item["id"]!.GetValue<string>(), (entity["id"] ?? entity["code"])!.GetValue<string>());
        Items[key] = entity.ToJsonString();
        Upserts++;
    }

    /// <summary>The differences to <paramref name="fresh"/>, one line each; empty when the two are equal.</summary>
    public List<string> DifferencesTo(Mirror fresh)
    {
        var result = new List<string>();
        foreach (var (key, value) in fresh.Items)
            if (!Items.TryGetValue(key, out var mine))
                result.Add($"missing {key}");
            else if (mine != value)
                result.Add($"stale {key}:\n  mirror {mine}\n  export {value}");
        result.AddRange(Items.Keys.Where(k => !fresh.Items.ContainsKey(k)).Select(k => $"kept {k}"));
        return result;
    }
}
