using GraphQL.DataLoader;

namespace Network.Api.GraphQL.Loading;

/// <summary>
/// A request-scoped batch loader (graphql-dotnet core ships only <see cref="IDataLoaderResult{T}"/>):
/// <see cref="Load"/> only records the key; the execution strategy completes every pending result of a
/// level after the level's other fields ran, so the first completion fetches all pending keys in ONE call
/// of <see cref="FetchAsync"/> and later ones read the cache. Nested fields cost one query per level,
/// not one per parent. Not thread-safe on purpose: queries run with the serial execution strategy
/// because the request's DbContext is not thread-safe either.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly HashSet<TKey> _pending = [];

    /// <summary>The values for the keys that exist and are visible to the viewer; missing keys load as null.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken ct);

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key)) _pending.Add(key);
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (_pending.Contains(key))
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await FetchAsync(keys, ct);
            foreach (var k in keys) _loaded[k] = found.GetValueOrDefault(k);
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        private Task<TValue?>? _result;

        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            _result ??= loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
