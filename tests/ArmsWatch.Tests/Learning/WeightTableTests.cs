using ArmsWatch.Learning;

namespace ArmsWatch.Tests.Learning;

public class WeightTableTests
{
    [Fact]
    public void Every_stored_weight_is_found_and_a_missing_key_weighs_nothing()
    {
        // Keys sharing their top bits land on one home slot and probe past each other.
        var weights = Enumerable.Range(1, 100).ToDictionary(i => (ulong)i, i => i / 10f);
        var table = new WeightTable(weights);
        Assert.All(weights, entry => Assert.Equal(entry.Value, table[entry.Key]));
        Assert.Equal(0f, table[1000]);
        Assert.Equal(0f, table[0]);
        Assert.Equal(100, table.Count);
    }

    [Fact]
    public void Key_zero_is_a_key_like_any_other()
    {
        var table = new WeightTable(new Dictionary<ulong, float> { [0] = 2.5f, [ulong.MaxValue] = -1f });
        Assert.Equal(2.5f, table[0]);
        Assert.Equal(-1f, table[ulong.MaxValue]);
        Assert.Equal([0UL, ulong.MaxValue], table.Entries().Select(e => e.Key));
    }

    [Fact]
    public void Entries_come_in_ascending_key_order_as_model_files_are_written()
    {
        var keys = new ulong[] { 0xFFFF_0000_0000_0001, 5, 0x8000_0000_0000_0000, 3 };
        var table = new WeightTable(keys.ToDictionary(k => k, _ => 1f));
        Assert.Equal(keys.Order(), table.Entries().Select(e => e.Key));
    }
}
