namespace ExpertGraph.Cli.Output;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
