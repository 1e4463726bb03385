using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads CSL-JSON (Citation Style Language data): an array of items as Zotero, OpenAlex and citeproc export it, or one
/// item as Crossref's content negotiation returns it; several arrays or items one after another read too. Items are
/// streamed one at a time; a break in the JSON is rejected and ends that file.
/// </summary>
public sealed class CslJsonReader : IRecordReader
{
    public string FormatName => "csl-json";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => CslHead.LooksLikeCsl(head);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        return JsonRecords.FromValues(new JsonValueScanner(window, arrayPath: []), "CSL item", "CSL-JSON", CslItemMapper.Map, cancellationToken);
    }
}
