using System.Text;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Reads USPTO full-text patent XML: grants in PATDOC 2.5 and us-patent-grant v4.0–v4.5, applications in
/// patent-application-publication v1.5/v1.6 and us-patent-application v4.0–v4.6, one document per file or many
/// concatenated (the weekly bulk files). Sequence listings (sequence-cwu) are skipped; a document that is malformed,
/// of an unknown kind or without title or number is rejected on its own while the rest of the file reads on.
/// </summary>
public sealed class UsptoPatentReader : IRecordReader
{
    private static readonly string[] DocumentRoots =
    [
        PatdocGrantMapper.Root,
        IceDocumentMapper.GrantRoot,
        IceDocumentMapper.ApplicationRoot,
        PapApplicationMapper.Root,
        UsptoDocumentParser.SequenceListingRoot,
    ];

    /// <inheritdoc />
    public string FormatName => "uspto-xml";

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var text = Encoding.UTF8.GetString(head);
        return XmlHead.DoctypeName(text) is { } doctype && DocumentRoots.Contains(doctype, StringComparer.Ordinal)
               || XmlHead.FirstElementName(text) is { } root && DocumentRoots.Contains(root, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var document in UsptoDocumentSplitter.Split(stream, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return UsptoDocumentParser.Parse(document);
        }
    }
}
