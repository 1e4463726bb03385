using System.Globalization;
using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Writes what mining found beside the store, in the lexicon files' conventions (UTF-8 without BOM, "\n", '#' comments,
/// a header row, sorted rows): mined-terms.tsv (the overlay, the columns of terms.tsv), mined-evidence.tsv (each overlay
/// term's works) and mined-candidates.tsv (definitions that name no concept, for curators).
/// </summary>
internal static class MinedLexiconFiles
{
    public const string TermsFile = "mined-terms.tsv";
    public const string EvidenceFile = "mined-evidence.tsv";
    public const string CandidatesFile = "mined-candidates.tsv";
    public const int ExampleWorks = 3;


    public static void Write(string folder, MinedLexicon mined)
    {
        Directory.CreateDirectory(folder);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"mined by `expertgraph lexicon mine` from {mined.WorksRead} works; weight {MinedTermProposal.MinWeight}..{MinedTermProposal.MaxWeight} by supporting works");
        LexiconFiles.WriteTerms(Path.Combine(folder, TermsFile), [header, $"the works behind each term: {EvidenceFile}"], mined.Terms);
        LexiconTsv.WriteRows(Path.Combine(folder, EvidenceFile), [header], "concept\ttext\tlang\tkind\tdefinition\twork",
            mined.Evidence.Select(e => Row(e.ConceptId, e.Text, LexiconFiles.LanguageName(e.Language), LexiconFiles.KindName(e.Kind), e.Pair, e.Work))
                .Order(StringComparer.Ordinal));
        LexiconTsv.WriteRows(Path.Combine(folder, CandidatesFile), [header, "definitions whose long form or English names no single concept (not in the overlay)"],
            "text\tlang\tkind\tdefinition\tworks\texamples\treason",
            mined.Candidates.Select(c => Row(c.Text, LexiconFiles.LanguageName(c.Language), LexiconFiles.KindName(c.Kind), c.Pair,
                c.Works.Count.ToString(CultureInfo.InvariantCulture), string.Join('|', c.Works.Take(ExampleWorks)), c.Reason)));
    }

    private static string Row(params string[] fields) =>
        string.Join('\t', fields.Select(f => f.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')));
}
