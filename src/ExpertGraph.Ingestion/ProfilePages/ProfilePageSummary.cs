using ExpertGraph.Core.Storage;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>The profile pages of a run: every page given is stored or rejected, and every stored one matched or not.</summary>
public sealed record ProfilePageSummary(IReadOnlyList<ProfilePageReport> Pages)
{
    public static readonly ProfilePageSummary None = new([]);

    public int Read => Pages.Count;
    public int Inserted => Pages.Count(p => p.Outcome == UpsertOutcome.Inserted);
    public int Updated => Pages.Count(p => p.Outcome == UpsertOutcome.Updated);
    public int Unchanged => Pages.Count(p => p.Outcome == UpsertOutcome.Unchanged);
    public int Rejected => Pages.Count(p => p.Outcome is null);
    public int Matched => Pages.Count(p => p.Match?.Person is not null);
}
