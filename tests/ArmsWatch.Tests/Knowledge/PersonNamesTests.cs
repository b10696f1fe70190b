using ArmsWatch.Documents;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>The names layer the knowledge stage puts on a document: the fullest form of every name it gives, by surname,
/// officials or not.</summary>
public class PersonNamesTests
{
    private static FullNames Names(string text) =>
        RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text)).Names;

    [Fact]
    public void A_surname_stands_for_the_full_name_given_anywhere_in_the_article() =>
        Assert.Equal("Ruslan Pukhov", Names("Pukhov said the deal was close. Defence analyst Ruslan Pukhov agreed.").Resolve("Pukhov"));

    [Fact]
    public void A_title_before_a_name_is_not_part_of_it() =>
        Assert.Equal("Ilya Klebanov", Names("Deputy Prime Minister Ilya Klebanov said so. Klebanov left.").Resolve("Klebanov"));

    [Fact]
    public void A_name_given_only_by_its_surname_stays_as_written() =>
        Assert.Equal("Pukhov", Names("Pukhov said the deal was close.").Resolve("Pukhov"));
}
