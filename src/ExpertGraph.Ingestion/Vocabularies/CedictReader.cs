using System.IO.Compression;
using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Streams CC-CEDICT (plain or .gz). Comment lines ('#') are skipped; a line that is not "Trad Simp [pinyin] /…/"
/// is an error naming the file and line, because the dictionary is curated input, not user data.
/// </summary>
public static class CedictReader
{
    public static IEnumerable<CedictEntry> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            yield return Parse(text, path, line);
        }
    }

    internal static CedictEntry Parse(string text, string path, int line)
    {
        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        var secondSpace = firstSpace < 0 ? -1 : text.IndexOf(' ', firstSpace + 1);
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(']', open);
        var slash = close < 0 ? -1 : text.IndexOf('/', close);
        if (firstSpace <= 0 || secondSpace <= firstSpace + 1 || open != secondSpace + 1 || close < 0 || slash < 0)
            throw new LexiconFormatException(path, line, "not a CC-CEDICT entry 'Trad Simp [pinyin] /gloss/'");
        var glosses = text[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CedictEntry(
            text[..firstSpace],
            text[(firstSpace + 1)..secondSpace],
            text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries),
            glosses,
            line);
    }
}
