using System.Collections;
using System.Collections.Immutable;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Which slot of the <see cref="PersonTable"/> holds a listed person. A lookup asks this tens of times (the asker, every
/// person on a trust path, route people), so it is a plain hash lookup: an immutable dictionary's tree costs a cache miss
/// per level at 100k entries, which measured as a fifth more CPU per lookup. Slots never move between full builds, so
/// an update changes this only for an id it has never seen (a new or newly listed professional, kept in a small
/// immutable overlay); a person who leaves keeps their slot, emptied in the table, and gets it back if they return.
/// </summary>
internal sealed class PersonSlots : IEnumerable<KeyValuePair<Guid, int>>
{
    private readonly Dictionary<Guid, int> _base;
    private readonly ImmutableDictionary<Guid, int> _added;
    private readonly PersonTable _people;

    private PersonSlots(
        Dictionary<Guid, int> @base,
        ImmutableDictionary<Guid, int> added,
        PersonTable people,
        int count
    )
    {
        _base = @base;
        _added = added;
        _people = people;
        Count = count;
    }

    public static PersonSlots From(Dictionary<Guid, int> slots, PersonTable people) =>
        new(slots, ImmutableDictionary<Guid, int>.Empty, people, slots.Count);

    /// <summary>Listed people in the directory.</summary>
    public int Count { get; }

    /// <summary>The slot of a listed person; false for anyone not in the directory now.</summary>
    public bool TryGetValue(Guid id, out int slot) => KnownSlot(id, out slot) && _people.At(slot) is not null;

    public int this[Guid id] => TryGetValue(id, out var slot) ? slot : throw new KeyNotFoundException();

    /// <summary>The slot this id had or has, listed now or not (for updates).</summary>
    public bool KnownSlot(Guid id, out int slot) =>
        _base.TryGetValue(id, out slot) || (_added.Count != 0 && _added.TryGetValue(id, out slot));

    /// <summary>The index over <paramref name="people"/>, with slots given to ids never seen before.</summary>
    public PersonSlots With(IReadOnlyDictionary<Guid, int> newIds, PersonTable people, int count) =>
        new(_base, newIds.Count == 0 ? _added : _added.SetItems(newIds), people, count);

    public IEnumerator<KeyValuePair<Guid, int>> GetEnumerator() =>
        _base.Concat(_added).Where(x => _people.At(x.Value) is not null).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
