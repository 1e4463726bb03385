using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Mines terms from works (abbreviations defined in titles and abstracts, zh–en pairs in keywords) against a curated
/// lexicon and writes the overlay, its evidence and the candidates into <c>folder</c> (see <see cref="MinedLexiconFiles"/>).
/// </summary>
public static class LexiconMiner
{
    public const string TermsFile = MinedLexiconFiles.TermsFile;
    public const string CandidatesFile = MinedLexiconFiles.CandidatesFile;
    public const string EvidenceFile = MinedLexiconFiles.EvidenceFile;

    public static LexiconMiningReport Mine(IEnumerable<Work> works, LexiconData lexicon, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(works);
        var builder = new MinedLexiconBuilder(lexicon);
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(work);
        }

        var mined = builder.Build();
        MinedLexiconFiles.Write(folder, mined);
        return new LexiconMiningReport(mined.WorksRead, mined.AbbreviationsFound, mined.PairsFound, mined.Terms.Count,
            mined.Merge.AlreadyCurated, mined.Merge.CuratedForAnotherConcept, mined.Merge.Conflicting, mined.Candidates.Count, folder);
    }
}
