using ArmsWatch.Learning;

namespace ArmsWatch.Tests.Learning;

public class FeatureKeyBuilderTests
{
    /// <param name="pieces">The pieces, parted by "¦".</param>
    [Theory]
    [InlineData("tree:¦cue-path=¦↑nsubj¦↓obl¦|¦deliver")]
    [InlineData("bias")]
    [InlineData("¦pattern:¦¦cat=")]
    [InlineData("")]
    public void A_key_built_from_pieces_is_the_key_of_the_joined_name(string pieces)
    {
        var key = new FeatureKeyBuilder();
        foreach (var piece in pieces.Split('¦'))
            key.Append(piece);
        Assert.Equal(FeatureKey.Of(pieces.Replace("¦", "", StringComparison.Ordinal)), key.Key);
    }

    [Fact]
    public void Where_a_name_is_cut_into_pieces_does_not_change_its_key()
    {
        var (whole, cut) = (new FeatureKeyBuilder(), new FeatureKeyBuilder());
        whole.Append("lemma:gov+case=sell|to");
        cut.Append("lemma:gov+case=se");
        cut.Append("ll|to");
        Assert.Equal(whole.Key, cut.Key);
        Assert.NotEqual(FeatureKey.Of("lemma:gov+case=sell|t"), whole.Key);
    }
}
