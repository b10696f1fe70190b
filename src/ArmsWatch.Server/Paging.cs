namespace ArmsWatch.Server;

/// <summary>Which slice of a listing to return: page <see cref="Number"/> (from 1) of <see cref="Size"/> items.</summary>
public readonly record struct Paging(int Number, int Size)
{
    public int Offset => (Number - 1) * Size;

    public Page<T> Of<T>(IReadOnlyList<T> items, long total) => new(items, Number, Size, total);

    /// <summary>The page of a list already in memory.</summary>
    public Page<T> Slice<T>(IReadOnlyList<T> all) => Of(all.Skip(Offset).Take(Size).ToList(), all.Count);
}
