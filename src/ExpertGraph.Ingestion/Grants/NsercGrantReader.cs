using System.Globalization;
using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Reads the NSERC (Natural Sciences and Engineering Research Council of Canada) open-data link tables: co-applicants
/// and partner organizations of awards, one per row, keyed by the award id "Cle". A record is an award, not a row: the
/// rows of one award become the co-investigators or the partner organizations of one project. Rows of one award are
/// not always adjacent (four awards of the 1994 co-applicant file come in two runs), so the file's rows are gathered
/// by award before any is emitted; yearly link tables are a few megabytes. Awards come out in the order of their
/// first row, a bad row is rejected where it stands, and the rest of its award still reads.
/// </summary>
public sealed class NsercGrantReader : IRecordReader
{
    public string FormatName => "nserc-csv";

    /// <summary>True when the first line is an NSERC co-applicant or partner header: "Cle" first, then that layout's columns.</summary>
    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        // Latin-1 decodes any bytes; the English column names that decide are ASCII whatever the file's encoding.
        CsvHeaderLine.Names(head, Encoding.Latin1) is { } names && NsercColumns.FromHeader(names, out _) is not null;

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAwards(stream, path, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadAwards(Stream stream, string path, CancellationToken cancellationToken)
    {
        NsercColumns? columns = null;
        var awards = new Dictionary<string, NsercAward>(StringComparer.Ordinal);
        // Awards at their first row and rejected rows, in file order.
        var entries = new List<(CsvRecord Row, NsercAward? Award, string? Rejection)>();
        foreach (var row in new CsvRecordReader(stream).ReadRecords(cancellationToken))
        {
            if (columns is null)
            {
                columns = ReadHeader(row, path);
                continue;
            }

            var rejection = AddRow(row, columns, awards, out var newAward);
            if (rejection is not null) entries.Add((row, null, rejection));
            else if (newAward is not null) entries.Add((row, newAward, null));
        }

        long recordNumber = 0;
        foreach (var (row, award, rejection) in entries)
        {
            var position = new RecordPosition(++recordNumber, row.Line, row.ByteOffset);
            yield return award is null
                ? ReadResult.Rejected(position, rejection!, row.RawText)
                : ReadResult.Ok(award.ToWork(), position);
        }
    }

    /// <summary>Adds a row to its award (<paramref name="newAward"/> set when the row is the award's first), or says why it cannot.</summary>
    private static string? AddRow(CsvRecord row, NsercColumns columns, Dictionary<string, NsercAward> awards, out NsercAward? newAward)
    {
        newAward = null;
        if (!row.IsValid) return row.Error;
        if (row.Fields.Count != columns.FieldCount) return $"expected {columns.FieldCount} fields, found {row.Fields.Count}";

        var fields = row.Fields;
        var awardId = fields[columns.AwardId].Trim();
        if (awardId.Length == 0) return "missing Cle (the NSERC award id)";

        var yearText = fields[columns.FiscalYear].Trim();
        int? fiscalYear = null;
        if (yearText.Length > 0)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return $"award {awardId}: invalid FiscalYear '{yearText}'";
            fiscalYear = year;
        }

        var organization = Organization(fields, columns);
        string? coApplicant = null;
        if (columns.Layout == NsercLayout.CoApplicants)
        {
            coApplicant = fields[columns.CoApplicantName].Trim();
            if (coApplicant.Length == 0) return $"award {awardId}: missing CoApplicantName";
        }
        else if (organization?.Organization is null)
        {
            return $"award {awardId}: missing PartInstitution (the partner's name)";
        }

        if (!awards.TryGetValue(awardId, out var award))
        {
            award = newAward = new NsercAward(awardId, columns.Layout, fiscalYear);
            awards.Add(awardId, award);
        }

        if (coApplicant is not null) award.AddCoApplicant(coApplicant, organization);
        else award.AddPartner(organization!);
        return null;
    }

    /// <summary>The row's institution (a co-applicant's, or the partner itself): "Name, Province, Country" of the parts present.</summary>
    private static AffiliationMention? Organization(IReadOnlyList<string> fields, NsercColumns columns)
    {
        var name = NullIfEmpty(fields[columns.Institution]);
        var country = NullIfEmpty(fields[columns.Country]);
        var raw = string.Join(", ", new[] { name, NullIfEmpty(fields[columns.Province]), country }.OfType<string>());
        if (raw.Length == 0) return null;
        return new AffiliationMention(raw)
        {
            Organization = name,
            CountryCode = StatedCountry.Code(country),
            SourceInstitutionId = NullIfEmpty(fields[columns.OrganizationId]),
        };
    }

    private static string? NullIfEmpty(string field)
    {
        var value = field.Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A file whose header is unreadable or of neither layout is not this format at all: that is not a bad record.</summary>
    private static NsercColumns ReadHeader(CsvRecord header, string path)
    {
        if (!header.IsValid) throw new UnknownFormatException(path, $"unreadable CSV header: {header.Error}");
        return NsercColumns.FromHeader(header.Fields, out var problem)
            ?? throw new UnknownFormatException(path, $"not an NSERC co-applicant or partner table: {problem}");
    }
}
