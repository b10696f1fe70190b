using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

public class SparseWeightsTests
{
    [Fact]
    public void Dense_and_sparse_rows_add_the_weights_they_hold()
    {
        const int classes = 21;
        var wide = Enumerable.Range(0, classes).Select(c => c - 10f).ToArray();
        var narrow = new float[classes];
        narrow[3] = 2.5f;
        var builder = new SparseWeights.Builder(classes);
        builder.Add(feature: 1, wide, minimumWeight: 0);
        builder.Add(feature: 2, narrow, minimumWeight: 0);
        var weights = builder.Build();

        var scores = new float[classes];
        weights.Score([1, 2, 3], scores);

        var expected = wide.Select((w, c) => w + narrow[c]).ToArray();
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void Weights_round_trip_through_a_file_with_the_same_scores()
    {
        var builder = new SparseWeights.Builder(9);
        builder.Add(feature: 7, [1, -2, 3, -4, 5, -6, 7, -8, 9], minimumWeight: 0);
        builder.Add(feature: 8, [0, 0, 0.5f, 0, 0, 0, 0, 0, 0], minimumWeight: 0);
        var weights = builder.Build();
        using var stream = new MemoryStream();
        weights.Write(new BinaryWriter(stream));
        stream.Position = 0;
        var loaded = SparseWeights.Read(new BinaryReader(stream));

        var expected = new float[9];
        var actual = new float[9];
        weights.Score([7, 8], expected);
        loaded.Score([7, 8], actual);

        Assert.Equal(expected, actual);
    }
}
