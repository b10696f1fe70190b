using System.Text.Json;
using System.Text.RegularExpressions;
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
    public void An_administration_stands_for_its_head_s_tenures()
    {
        var mention = Assert.Single(Shipped.AdministrationsIn("The Obama administration approved the sale."));
        Assert.All(mention.Tenures, t => Assert.Equal(("Barack Obama", "president"), (t.Name, t.Role)));
        Assert.False(mention.IsFormer);
    }

    [Theory]
    [InlineData("The Federal Aviation Administration certified the aircraft.")]
    [InlineData("The administration approved the sale.")]
    public void An_administration_without_a_head_of_government_s_name_is_none(string text) =>
        Assert.Empty(Shipped.AdministrationsIn(text));

    [Fact]
    public void A_previous_administration_is_marked_former() =>
        Assert.True(Assert.Single(Shipped.AdministrationsIn("The sale was blocked under the previous Trump administration.")).IsFormer);

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

    [Fact]
    public void Name_scan_finds_what_an_alternation_of_all_names_finds()
    {
        // The scan replaced this regex for speed; it must find the same names at the same places.
        var names = Shipped.Names.OrderByDescending(n => n.Length).Select(Regex.Escape);
        var alternation = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', names) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        var texts = File.ReadLines(SharedFiles.Eval("dev", "articles.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .Append("Vladimir Putin's visit; XVladimir Putin; Vladimir Putin2; vladimir putin; George H. W. Bush met George Bush.")
            .Append("Vladimir PutinVladimir Putin, Vladimir Putin-Medvedev, é Vladimir Putin, Vladimir Putin")
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var expected = alternation.Matches(text).Select(m => (m.Index, Shipped.ByName(m.Value)[0].Name)).ToList();
            Assert.Equal(expected, Shipped.FindIn(text).Select(m => (m.Index, m.Name)).ToList());
            found += expected.Count;
        }
        Assert.True(found > 20, $"only {found} names in the texts");
    }
}
