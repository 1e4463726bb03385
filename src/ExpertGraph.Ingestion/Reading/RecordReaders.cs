using ExpertGraph.Ingestion.Benchmarks;
using ExpertGraph.Ingestion.Bibtex;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.ProQuest;
using ExpertGraph.Ingestion.Ris;
using ExpertGraph.Ingestion.WebOfScience;

namespace ExpertGraph.Ingestion.Reading;

/// <summary>The readers a run tries, in the order their content checks are asked. Each check is specific to its format.</summary>
public static class RecordReaders
{
    public static IReadOnlyList<IRecordReader> CreateDefault() =>
    [
        new OpenAlexWorkReader(),
        new CrossrefWorkReader(),
        new CslJsonReader(),
        new DblpXmlReader(),
        new PubmedXmlReader(),
        new PmcJatsReader(),
        new MedlineTextReader(),
        new UsptoPatentReader(),
        new EpoPatentReader(),
        new ArxivMetadataReader(),
        new NsfcGrantReader(),
        new NsfAwardReader(),
        new NsercGrantReader(),
        new ScopusCsvReader(),
        new IeeeCsvReader(),
        new SpringerCsvReader(),
        new RetractionWatchCsvReader(),
        new RisReader(),
        new ExpertFindingCorpusReader(),
        new CnkiNoteExpressReader(),
        new BibtexReader(),
        new WosTaggedReader(),
        new WosTabReader(),
        new ProQuestReader(),
    ];
}
