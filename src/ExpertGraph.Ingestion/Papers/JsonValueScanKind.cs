namespace ExpertGraph.Ingestion.Papers;

internal enum JsonValueScanKind
{
    Value = 1,
    End,
    Broken,
}
