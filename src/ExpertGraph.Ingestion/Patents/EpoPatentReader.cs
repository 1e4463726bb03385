using System.Text;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Reads European Patent Office publications: ep-patent-document XML of DTD versions 1.0 to 1.5.1 (publications of
/// 1978 to today), applications (A1, A2) and granted patents (B1, B2), one document per file as the EPO publication
/// server delivers them (concatenated documents, each with its XML declaration, are read one by one too). A document
/// is claimed by its DOCTYPE or root element name, which no USPTO schema uses.
/// <para>
/// The key is ("epo", "EP" + the seven-digit publication number + the kind code): "EP1605745A1". An application and
/// the patent granted on it share the number, so the kind keeps them apart: the A1 and the B1 (and a B2 after
/// opposition) are distinct works, each stable across re-deliveries and DTD versions. See <see cref="EpoDocumentMapper"/>
/// for the fields.
/// </para>
/// </summary>
public sealed class EpoPatentReader : IRecordReader
{
    /// <inheritdoc />
    public string FormatName => "epo-xml";

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var text = Encoding.UTF8.GetString(head);
        return XmlHead.DoctypeName(text) == EpoDocumentMapper.Root || XmlHead.FirstElementName(text) == EpoDocumentMapper.Root;
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var document in UsptoDocumentSplitter.Split(stream, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EpoDocumentParser.Parse(document);
        }
    }
}
