namespace ExpertGraph.Core.Curation;

/// <summary>Who made a curator decision and why; the store stamps it with the time (UTC) unless <see cref="At"/> is given.</summary>
public sealed record CurationNote(string Curator, string Reason)
{
    /// <summary>When the decision was made; null: now, by the store's clock.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Throws <see cref="CurationException"/> when the curator or the reason is blank.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Curator)) throw new CurationException("a curator decision needs a curator name");
        if (string.IsNullOrWhiteSpace(Reason)) throw new CurationException("a curator decision needs a reason (--reason)");
    }
}
