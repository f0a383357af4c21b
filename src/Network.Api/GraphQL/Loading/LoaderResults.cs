using GraphQL.DataLoader;

namespace Network.Api.GraphQL.Loading;

public static class LoaderResults
{
    /// <summary>Transforms a pending result when it completes (e.g. turning a missing object into a NOT_FOUND error), keeping it deferred.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> pending, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(pending, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
