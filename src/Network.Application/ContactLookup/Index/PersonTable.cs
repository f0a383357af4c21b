namespace Network.Application.ContactLookup.Index;

/// <summary>
/// The directory's people by slot, in chunks of <see cref="ChunkSize"/>, immutable. An incremental update copies the
/// chunk table and the chunks it touches, never the whole table: at 100k people that is about a hundred references
/// and 8 kB per changed chunk instead of 100k references, so a change costs the same in a village and a country.
/// <para>
/// Copy-on-write rather than writing in place: a lookup reads a person by slot several times while composing one
/// answer (and <see cref="LookupDirectory.Candidates"/> hold slots), so an in-place write could let one answer mix two
/// versions of a person or read a slot that was just emptied. With copies, a reader holds one directory reference
/// and everything it reaches through it stays as it was; the new directory is published with one volatile write.
/// </para>
/// <para>
/// A slot emptied by an update (the person left the directory) stays empty until the next full rebuild compacts the
/// table: candidate lists and the graph node map hold slots, so slots never move between full rebuilds.
/// </para>
/// </summary>
internal sealed class PersonTable
{
    private const int Shift = 10;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly DirectoryPerson?[][] _chunks;

    private PersonTable(DirectoryPerson?[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>Slots in use, empty ones included: the bound for per-slot arrays (the lookup's seen bits, graph nodes).</summary>
    public int Length { get; }

    /// <summary>The person in a slot that a list or the index names (never an empty one: they are unlinked first).</summary>
    public DirectoryPerson this[int slot] => _chunks[slot >> Shift][slot & Mask]!;

    /// <summary>The person in a slot, or null when the slot was emptied by an update.</summary>
    public DirectoryPerson? At(int slot) => _chunks[slot >> Shift][slot & Mask];

    public static PersonTable From(IReadOnlyList<DirectoryPerson> people)
    {
        var chunks = new DirectoryPerson?[(people.Count + Mask) >> Shift][];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = chunks[c] = new DirectoryPerson?[ChunkSize];
            var start = c << Shift;
            for (var i = 0; i < ChunkSize && start + i < people.Count; i++)
                chunk[i] = people[start + i];
        }
        return new PersonTable(chunks, people.Count);
    }

    /// <summary>
    /// A new table with these slots set (null empties one); slots at or past <see cref="Length"/> extend it. Copies
    /// only the chunk table and the chunks written to.
    /// </summary>
    public PersonTable With(IReadOnlyDictionary<int, DirectoryPerson?> changes)
    {
        if (changes.Count == 0)
            return this;
        var length = Math.Max(Length, changes.Keys.Max() + 1);
        var chunks = new DirectoryPerson?[(length + Mask) >> Shift][];
        Array.Copy(_chunks, chunks, _chunks.Length);
        var copied = new HashSet<int>();
        foreach (var (slot, person) in changes)
        {
            var c = slot >> Shift;
            if (copied.Add(c))
                chunks[c] =
                    c < _chunks.Length ? (DirectoryPerson?[])_chunks[c].Clone() : new DirectoryPerson?[ChunkSize];
            chunks[c][slot & Mask] = person;
        }
        for (var c = _chunks.Length; c < chunks.Length; c++)
            chunks[c] ??= new DirectoryPerson?[ChunkSize];
        return new PersonTable(chunks, length);
    }
}
