using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>Names of states, their demonyms and metonyms, and the organisations that stand for them.</summary>
public sealed class StateLexicon
{
    public Gazetteer<Entity> Names { get; } = new();

    public static StateLexicon Load(string knowledgeDirectory, Tokenizer tokenizer)
    {
        var lexicon = new StateLexicon();
        // Aliases first: where a short form collides with a country-file name, the curated alias decides.
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "state-aliases.tsv")))
        {
            var kind = row[2] switch { SpanLabel.Metonym => EntityKind.Metonym, SpanLabel.Demonym => EntityKind.Demonym, _ => EntityKind.State };
            lexicon.Add(tokenizer, row[1], new Entity(row[1], kind, row[0]));
        }
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "countries.tsv")))
        {
            var code = row[0];
            var names = Split(row[1]);
            foreach (var name in names)
            {
                lexicon.Add(tokenizer, name, new Entity(names[0], EntityKind.State, code));
                lexicon.Add(tokenizer, "the " + name, new Entity(names[0], EntityKind.State, code));
            }
            foreach (var demonym in Split(row[2]))
                lexicon.Add(tokenizer, demonym, new Entity(demonym, EntityKind.Demonym, code));
            foreach (var capital in Split(row[3]))
                lexicon.Add(tokenizer, capital, new Entity(capital, EntityKind.Metonym, code));
        }
        // The hand-kept organisations first, then SIPRI's Top 100 (tools/build_companies.py): the first entry for a name wins.
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "organisations.tsv"))
                     .Concat(DataFile.ReadTable(Path.Combine(knowledgeDirectory, "companies.tsv"))))
        {
            var kind = row[3] switch
            {
                "outlet" => EntityKind.Outlet,
                "body" => EntityKind.Body,
                "group" => EntityKind.Group,
                _ => EntityKind.Organisation,
            };
            var entity = new Entity(row[0], kind, row[2] == "-" ? null : row[2]);
            foreach (var name in Split(row[1]).Prepend(row[0]))
            {
                lexicon.Add(tokenizer, name, entity);
                lexicon.Add(tokenizer, "the " + name, entity);
            }
        }
        return lexicon;
    }

    private void Add(Tokenizer tokenizer, string name, Entity entity)
    {
        var tokens = tokenizer.Tokenize(name).Select(t => t.Text).ToList();
        Names.Add(tokens, entity);
        if (tokens[0] == "the")
            Names.Add(["The", .. tokens.Skip(1)], entity);
    }

    private static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
