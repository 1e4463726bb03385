using System.Globalization;
using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>jieba's dictionary (jieba-dict/dict.txt.small): "word frequency part-of-speech" per line.</summary>
internal static class JiebaReader
{
    public const string FileName = "dict.txt.small";

    public static IEnumerable<(string Word, long Frequency, string PartOfSpeech)> Read(string path)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the vocabulary file does not exist");
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency))
                throw new LexiconFormatException(path, line, "expected 'word frequency part-of-speech'");
            yield return (parts[0], frequency, parts[2]);
        }
    }
}
