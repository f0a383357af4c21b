using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Common;

namespace Network.Api.GraphQL.Relay;

/// <summary>Global-id arguments of root fields, read as REST reads its ids.</summary>
public static class Nodes
{
    /// <summary>
    /// One object of <typeparamref name="TSource"/>'s type by its global id, as root fields such as
    /// <c>organisation(id:)</c> answer: an id of another type, an unknown and an invisible object are all NOT_FOUND.
    /// </summary>
    public static IDataLoaderResult<TSource?> One<TSource>(
        IResolveFieldContext context,
        Batch<Guid, TSource> batch,
        string globalId
    )
        where TSource : class
    {
        var type = GraphNames.Of(typeof(TSource));
        var id = GlobalId.ToGuid(globalId, type) ?? throw new NotFoundException(type.ToLowerInvariant());
        return context
            .Load(batch, id)
            .Then(found => (TSource?)(found ?? throw new NotFoundException(type.ToLowerInvariant())));
    }

    /// <summary>The Guid behind a global-id argument of <typeparamref name="TSource"/>'s type; anything else is NOT_FOUND.</summary>
    public static Guid IdOf<TSource>(string globalId)
    {
        var type = GraphNames.Of(typeof(TSource));
        return GlobalId.ToGuid(globalId, type) ?? throw new NotFoundException(type.ToLowerInvariant());
    }

    /// <summary>Like <see cref="IdOf{TSource}"/> for an optional argument (a filter): null when absent.</summary>
    public static Guid? OptionalIdOf<TSource>(string? globalId) => globalId is null ? null : IdOf<TSource>(globalId);

    /// <summary>
    /// An optional reference inside a change (e.g. the workshop where two people met): an id of another type becomes an
    /// id that exists nowhere, so the application layer reports an unknown reference (VALIDATION_FAILED), as REST does.
    /// </summary>
    public static Guid? ReferenceTo<TSource>(string? globalId) =>
        globalId is null ? null : GlobalId.ToGuid(globalId, GraphNames.Of(typeof(TSource))) ?? Guid.Empty;
}
