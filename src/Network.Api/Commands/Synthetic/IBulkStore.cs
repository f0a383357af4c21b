namespace Network.Api.Commands.Synthetic;

/// <summary>
/// Where the generator's rows go: one table at a time, inside the generator's single transaction. Tables are opened
/// in the order their rows may be written (a parent before its children), which a store that buffers relies on.
/// </summary>
internal interface IBulkStore
{
    IBulkTable Table(string name, params string[] columns);

    /// <summary>Writes whatever is still buffered; called once, before the transaction commits.</summary>
    void Complete();
}

/// <summary>One table's rows, values in column order (Guid, enum, DateOnly, bool, int, long, string, string[]).</summary>
internal interface IBulkTable : IDisposable
{
    void Insert(params object?[] values);
}
