using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>Reads CoNLL-U files into sentences of word lines.</summary>
/// <remarks>
/// Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped: the tagger and parser work on
/// syntactic words, which is what the basic tree's HEAD column refers to.
/// </remarks>
public static class ConllReader
{
    public static List<ConllSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "CoNLL-U file not found");
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<ConllSentence> Read(TextReader reader, string inputName)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var lemmas = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        int lineNumber = 0;

        void Flush()
        {
            if (words.Count == 0)
                return;
            sentences.Add(new ConllSentence([.. words], [.. upos], [.. xpos], [.. heads], [.. relations], [.. lemmas]));
            words.Clear(); lemmas.Clear(); upos.Clear(); xpos.Clear(); heads.Clear(); relations.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns.Length != 10)
                throw new InputException(inputName, $"line {lineNumber} has {columns.Length} columns, expected 10");
            var id = columns[0];
            if (id.Contains('-') || id.Contains('.'))
                continue;
            if (!int.TryParse(columns[6], out int head))
                throw new InputException(inputName, $"line {lineNumber} has a non-numeric HEAD '{columns[6]}'");
            words.Add(columns[1]);
            lemmas.Add(columns[2]);
            upos.Add(columns[3]);
            xpos.Add(columns[4]);
            heads.Add(head);
            relations.Add(columns[7]);
        }
        Flush();
        return sentences;
    }
}
