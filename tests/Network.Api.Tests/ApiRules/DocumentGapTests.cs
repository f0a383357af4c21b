using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// <see cref="DocumentGaps"/> lists only what the served document still gets wrong or leaves out: an entry whose
/// property is gone, or that the document now declares itself, fails here and is to be removed, so the property
/// tests then follow the document alone.
/// </summary>
public sealed class DocumentGapTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Every_recorded_gap_is_still_a_gap_in_the_served_document()
    {
        var document = await ServedDocument.ReadAsync(factory);
        var stale = new List<string>();
        foreach (var (key, gap) in DocumentGaps.Known.All)
        {
            var (schemaName, property) = (key[..key.IndexOf('.')], key[(key.IndexOf('.') + 1)..]);
            var schema = document.Schema(schemaName);
            if (!schema.Properties.TryGetValue(property, out var declared))
            {
                stale.Add($"{key}: the document has no such property");
                continue;
            }
            if (gap.MaxLength is not null && declared.MaxLength is not null)
                stale.Add($"{key}: the document declares maxLength {declared.MaxLength}");
            if (gap.MaxItems is not null && declared.MaxItems is not null)
                stale.Add($"{key}: the document declares maxItems {declared.MaxItems}");
            if (gap.NeedsValue == true && schema.MustHaveValue(property))
                stale.Add($"{key}: the document requires a value now");
            if (gap.NeedsValue == false && !(schema.Required.Contains(property) && !declared.Nullable))
                stale.Add($"{key}: the document no longer calls it required");
        }
        Assert.True(stale.Count == 0, "Remove these from DocumentGaps:\n" + string.Join("\n", stale));
    }
}
