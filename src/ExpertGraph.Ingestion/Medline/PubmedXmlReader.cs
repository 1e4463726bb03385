using System.Text;
using System.Xml;
using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// Reads PubMed/MEDLINE XML: PubmedArticleSet (the current baseline, update and E-utilities files) and the older
/// MedlineCitationSet (up to 2016), plain or with the gzip the pipeline undoes. Records are cut out of the file
/// textually and each is parsed by its own XmlReader, so the DOCTYPE is never fetched and a broken record is rejected
/// while the others read. DeleteCitation blocks are skipped with the PMIDs they delete.
/// </summary>
public sealed class PubmedXmlReader : IRecordReader
{
    private static readonly XmlRecordSplitter ArticleSetSplitter = new(["PubmedArticle", "PubmedBookArticle", "DeleteCitation", "DeleteDocument"]);
    private static readonly XmlRecordSplitter CitationSetSplitter = new(["MedlineCitation", "DeleteCitation"]);

    private static readonly XmlReaderSettings RecordSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public string FormatName => "pubmed-xml";

    /// <summary>True when the document element is PubmedArticleSet or MedlineCitationSet (or a single PubmedArticle or MedlineCitation).</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => Splitter(XmlDocumentHead.Read(head)?.RootName) is not null;

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        window.Fill(64 * 1024);
        var root = XmlDocumentHead.Read(window.Available)?.RootName;
        var splitter = Splitter(root)
            ?? throw new UnknownFormatException(path, root is null ? "no XML document element in the first 64 KiB" : $"document element <{root}> is not PubmedArticleSet or MedlineCitationSet");
        return ReadRecords(window, splitter, cancellationToken);
    }

    private static XmlRecordSplitter? Splitter(string? root) => root switch
    {
        "PubmedArticleSet" or "PubmedArticle" => ArticleSetSplitter,
        "MedlineCitationSet" or "MedlineCitation" => CitationSetSplitter,
        _ => null,
    };

    private static IEnumerable<ReadResult> ReadRecords(StreamWindow window, XmlRecordSplitter splitter, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        foreach (var raw in splitter.Split(window, cancellationToken))
        {
            var position = new RecordPosition(++recordNumber, raw.Line, raw.ByteOffset);
            // PubMed writes UTF-8 only (its DTDs and the baseline files say so).
            var text = Encoding.UTF8.GetString(raw.Bytes);
            if (!raw.IsClosed)
            {
                yield return ReadResult.Rejected(position, $"<{raw.ElementName}> record has no end tag before the next record or the end of the file", text);
                continue;
            }

            var element = raw.TryParse(text, RecordSettings, out var error);
            yield return element is null
                ? ReadResult.Rejected(position, $"malformed XML: {error}", text)
                : PubmedRecordMapper.Map(element, position, text);
        }
    }
}
