using GraphQL.DataLoader;

namespace Network.Api.GraphQL.Loading;

/// <summary>
/// How to fetch many values at once through the application layer, e.g. organisations by id. Declared once per
/// kind of value (see <see cref="Batches"/>); the request's <see cref="BatchLoaders"/> keeps one loader per batch.
/// </summary>
public sealed class Batch<TKey, TValue>(
    Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch
)
    where TKey : notnull
    where TValue : class
{
    internal Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IServiceProvider services,
        IReadOnlyCollection<TKey> keys,
        CancellationToken ct
    ) => fetch(services, keys, ct);
}

/// <summary>
/// The request-scoped batch loader (graphql-dotnet core ships only <see cref="IDataLoaderResult{T}"/>):
/// <see cref="Load"/> only records the key; the execution strategy completes every pending result of a
/// level after the level's other fields ran, so the first completion fetches all pending keys in ONE call
/// of the batch's fetch and later ones read the cache. Nested fields cost one query per level, not one
/// per parent. Not thread-safe on purpose: queries run with the serial execution strategy because the
/// request's DbContext is not thread-safe either.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Batch<TKey, TValue> batch, IServiceProvider services)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly HashSet<TKey> _pending = [];

    /// <summary>The value for the key if it exists and is visible to the viewer, else null.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
            _pending.Add(key);
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (_pending.Contains(key))
        {
            var keys = _pending.ToList();
            _pending.Clear();
            var found = await batch.FetchAsync(services, keys, ct);
            foreach (var k in keys)
                _loaded[k] = found.GetValueOrDefault(k);
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

/// <summary>The request's loaders, one per <see cref="Batch{TKey, TValue}"/> (registered scoped).</summary>
public sealed class BatchLoaders(IServiceProvider services)
{
    private readonly Dictionary<object, object> _loaders = [];

    public IDataLoaderResult<TValue?> Load<TKey, TValue>(Batch<TKey, TValue> batch, TKey key)
        where TKey : notnull
        where TValue : class
    {
        if (!_loaders.TryGetValue(batch, out var loader))
            _loaders[batch] = loader = new BatchLoader<TKey, TValue>(batch, services);
        return ((BatchLoader<TKey, TValue>)loader).Load(key);
    }
}
