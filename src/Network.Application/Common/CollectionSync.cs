namespace Network.Application.Common;

public static class CollectionSync
{
    /// <summary>
    /// Makes <paramref name="items"/> hold exactly one item per wanted key, keeping the items that stay
    /// (EF Core then deletes and inserts only the difference instead of clashing on identical keys).
    /// </summary>
    public static void SyncTo<T, TKey>(
        this List<T> items,
        IEnumerable<TKey> wanted,
        Func<T, TKey> key,
        Func<TKey, T> create
    )
        where TKey : notnull
    {
        var want = wanted.Distinct().ToList();
        items.RemoveAll(i => !want.Contains(key(i)));
        var have = items.Select(key).ToHashSet();
        items.AddRange(want.Where(k => !have.Contains(k)).Select(create));
    }
}
