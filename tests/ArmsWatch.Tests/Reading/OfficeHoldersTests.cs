using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class OfficeHoldersTests : IDisposable
{
    private static readonly OfficeHolders Shipped = OfficeHolders.LoadShipped();

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Shipped_table_covers_hundreds_of_tenures() => Assert.True(Shipped.All.Count >= 300);

    [Fact]
    public void Lookup_by_full_name_finds_every_tenure() =>
        Assert.Contains(Shipped.ByName("Vladimir Putin"), t => t.Role == "prime minister" && t.Start == new YearMonth(2008, 5));

    [Fact]
    public void Lookup_by_alias_finds_the_person() =>
        Assert.Equal("Sergei Shoigu", Shipped.ByName("Sergey Shoigu")[0].Name);

    [Fact]
    public void Lookup_by_surname_resolves_an_official_to_a_state() =>
        Assert.All(Shipped.BySurname("Klebanov"), t => Assert.Equal("RUS", t.State));

    [Fact]
    public void Role_written_before_the_name_narrows_the_tenures()
    {
        var mention = Assert.Single(Shipped.FindIn("Prime Minister Vladimir Putin said so."));
        Assert.All(mention.Tenures, t => Assert.Equal("prime minister", t.Role));
    }

    [Fact]
    public void Then_office_holder_is_marked_former() =>
        Assert.True(Assert.Single(Shipped.FindIn("signed by then-U.S. Vice President Albert Gore")).IsFormer);

    [Fact]
    public void Malformed_row_is_an_input_error_naming_the_line()
    {
        var path = _folder.Write("holders.tsv", "name\taliases\tstate\trole\tstart\tend\nVladimir Putin\t\tRUS\tpresident\t2000\t\n");
        var error = Assert.Throws<InputException>(() => OfficeHolders.Load(path));
        Assert.Equal($"{path}:2", error.Input);
    }
}
