using System.Globalization;
using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// THUOCL (thuocl/THUOCL_&lt;domain&gt;.txt): one "word  document-frequency" per line, whitespace between (the IT list pads
/// with spaces around its tab; the place-name list ends its lines with CR alone). The lexicon uses the subject lists (<see cref="SubjectDomains"/>) to trust a Chinese
/// translation a little more; idioms, place names, historical persons and poetry say nothing about a subject.
/// </summary>
internal static class ThuoclReader
{
    public static readonly IReadOnlyList<string> SubjectDomains = ["IT", "medical", "caijing", "law", "food", "car", "animal"];

    public static string FileOf(string domain) => "THUOCL_" + domain + ".txt";

    public static IEnumerable<(string Word, long Frequency)> Read(string path)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the vocabulary file does not exist");
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        while (reader.ReadLine() is { } text)
        {
            // Lenient on purpose: some lists end without a frequency, and a few words hold a space ("佛兰德斯  狗").
            var trimmed = text.Trim().TrimStart('\uFEFF');
            if (trimmed.Length == 0) continue;
            var cut = trimmed.LastIndexOfAny([' ', '\t']);
            if (cut > 0 && long.TryParse(trimmed[(cut + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency))
                yield return (trimmed[..cut].Trim(), frequency);
            else
                yield return (trimmed, 0);
        }
    }

    /// <summary>Every word of the subject lists in <paramref name="folder"/>.</summary>
    public static HashSet<string> SubjectWords(string folder)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in SubjectDomains)
            foreach (var (word, _) in Read(Path.Combine(folder, FileOf(domain))))
                words.Add(word);
        return words;
    }
}
