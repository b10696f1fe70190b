using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>Which slice of a listing to return: page <see cref="Number"/> (from 1) of <see cref="Size"/> items.</summary>
public readonly record struct Paging(int Number, int Size)
{
    public int Offset => (Number - 1) * Size;

    public Page<T> Of<T>(IReadOnlyList<T> items, long total) => new(items, Number, Size, total);

    public Page<T> Of<T>(IReadOnlyList<T> items, Count total) => new(items, Number, Size, total.Value, total.Exact);
}
