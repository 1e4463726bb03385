// HELPER NOTE (from the lead engineer; delete these two lines before you commit): before you go on, read
// /work/helpers/common.md — the reader contract, what the tests must show, the time budget and your final report.
using ExpertGraph.Ingestion.Benchmarks;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.ProQuest;
using ExpertGraph.Ingestion.WebOfScience;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>The readers a run tries, in the order their content checks are asked. Each check is specific to its format.</summary>
public static class RecordReaders
{
    public static IReadOnlyList<IRecordReader> CreateDefault() =>
    [
        new OpenAlexWorkReader(),
        new DblpXmlReader(),
        new UsptoPatentReader(),
        new NsfcGrantReader(),
        new ExpertFindingCorpusReader(),
        new WosTaggedReader(),
        new WosTabReader(),
        new ProQuestReader(),
    ];
}
