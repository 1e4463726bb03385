using System.IO.Compression;
using System.Text;
using ExpertGraph.Benchmarks.Ingest;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// Real text to tag: titles, abstracts and keywords of the works the project's own readers find in
/// ../shared/data/records (OpenAlex abstracts come rebuilt from their inverted indexes, PubMed and arXiv are plain,
/// CNKI and NSFC bring Chinese), files in path order, until <c>megabytes</c> of UTF-8 are gathered.
/// </summary>
internal sealed record TaggingCorpus(IReadOnlyList<string> Texts, long Utf8Bytes)
{
    public static TaggingCorpus Load(double megabytes)
    {
        var limit = (long)(megabytes * 1024 * 1024);
        var root = Path.GetDirectoryName(BenchmarkData.Records("openalex-works-json/works_biodiversity_finance_200.jsonl"))!;
        root = Path.GetDirectoryName(root)!;
        var detector = new FormatDetector(RecordReaders.CreateDefault());
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var text in TextsOf(detector, path))
            {
                if (text.Length < 20 || !seen.Add(text)) continue;
                texts.Add(text);
                bytes += Encoding.UTF8.GetByteCount(text);
                if (bytes >= limit) return new TaggingCorpus(texts, bytes);
            }
        }

        return new TaggingCorpus(texts, bytes);
    }

    private static IEnumerable<string> TextsOf(FormatDetector detector, string path)
    {
        var results = new List<string>();
        try
        {
            var reader = detector.TryDetect(path);
            if (reader is null) return results;
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            foreach (var result in reader.Read(stream, path))
            {
                if (result.Work is not { } work) continue;
                results.Add(work.Title);
                if (!string.IsNullOrWhiteSpace(work.Abstract)) results.Add(work.Abstract);
                if (work.Keywords.Count > 0) results.Add(string.Join("; ", work.Keywords));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or System.Xml.XmlException or System.Text.Json.JsonException)
        {
            // A sample file a reader cannot take is not text we need: the rest of the corpus is.
        }

        return results;
    }
}
