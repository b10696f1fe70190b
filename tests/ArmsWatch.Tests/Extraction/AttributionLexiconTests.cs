using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Tests.Reading;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The attribution words as data: a speaker role's kind is one of the kinds the attributor knows.</summary>
public class AttributionLexiconTests
{
    [Fact]
    public void A_shipped_speaker_role_names_its_kind() =>
        Assert.Equal(SpeakerKind.Document,
            AttributionLexicon.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction")).SpeakerRoles["statement"]);

    [Fact]
    public void A_speaker_role_of_an_unknown_kind_is_bad_input()
    {
        using var folder = new TempFolder();
        folder.Write("speech-verbs.txt", "said\n");
        var roles = folder.Write("speaker-roles.tsv", "role\tkind\ncompany\torganization\n");
        var error = Assert.Throws<InputException>(() => AttributionLexicon.Load(folder.Path));
        Assert.Equal(roles, error.Input);
    }
}
