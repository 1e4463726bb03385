using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Retraction Watch database rows (the CSV Crossref distributes): one retracted, corrected or flagged paper per row,
/// read as the original paper: "Title", "Author" and "Institution" (';'-separated), "Journal", "OriginalPaperDate",
/// "OriginalPaperDOI", "OriginalPaperPubMedID". What happened to it is kept as classifications: ("Retraction", the
/// "RetractionNature": Retraction, Correction, Expression of concern, Reinstatement), one ("RetractionReason", reason)
/// per listed reason, and the subjects as ("RetractionWatchSubject", "(B/T) Computer Science"). Key
/// ("retraction-watch", Record ID): the paper's DOI may be missing and one paper may have several notices.
/// </summary>
internal sealed class RetractionWatchCsvLayout : ExportCsvLayout
{
    public static readonly RetractionWatchCsvLayout Instance = new();

    public override IReadOnlyList<string> SignatureColumns { get; } = ["Record ID", "Title", "Author", "RetractionNature", "OriginalPaperDOI"];

    public override ReadResult Map(CsvRow row, RecordPosition position, string rawText)
    {
        var id = row.Get("Record ID");
        if (id is null) return ReadResult.Rejected(position, "missing Record ID", rawText);
        var title = PaperText.Clean(row.Get("Title"));
        if (title is null) return ReadResult.Rejected(position, "missing Title", rawText);

        var names = ExportText.Split(row.Get("Author"), ";");
        // Institutions are listed for the paper, not per author: only a sole author can be given them.
        var institutions = ExportText.Split(row.Get("Institution"), ";").Distinct(StringComparer.Ordinal)
            .Select(AffiliationText.Mention).OfType<AffiliationMention>().ToList();
        var sole = names.Count == 1;

        var work = new Work(new SourceKey("retraction-watch", id), WorkKind.Paper, title)
        {
            Year = ExportText.Year(row.Get("OriginalPaperDate")),
            Venue = PaperText.CollapseWhitespace(row.Get("Journal")),
            Identifiers = Identifiers(row),
            Classifications = Classifications(row),
            Authors = [.. names.Select((name, i) => new AuthorMention(name, i + 1) { Affiliations = sole ? institutions : [] })],
            Organizations = sole ? [] : institutions,
        };
        return ReadResult.Ok(work, position);
    }

    private static List<WorkIdentifier> Identifiers(CsvRow row)
    {
        var identifiers = new List<WorkIdentifier>();
        if (ScholarlyIds.Doi(row.Get("OriginalPaperDOI")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        // 0 stands for "no PubMed record".
        if (ScholarlyIds.Pmid(row.Get("OriginalPaperPubMedID")) is { } pmid && pmid.Any(c => c != '0')) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        return identifiers;
    }

    private static List<ClassificationCode> Classifications(CsvRow row)
    {
        var codes = new List<ClassificationCode>();
        if (PaperText.CollapseWhitespace(row.Get("RetractionNature")) is { } nature) codes.Add(new("Retraction", nature));
        // Reasons are written "+Concerns/Issues About Reality;+Randomly Generated Content;".
        foreach (var reason in ExportText.Keywords(row.Get("Reason"), ";").Select(r => r.TrimStart('+').Trim()).Where(r => r.Length > 0))
            codes.Add(new("RetractionReason", reason));
        foreach (var subject in ExportText.Keywords(row.Get("Subject"), ";"))
            codes.Add(new("RetractionWatchSubject", subject));
        return codes;
    }
}
