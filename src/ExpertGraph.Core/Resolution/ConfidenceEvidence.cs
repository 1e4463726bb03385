using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>
/// What one write transaction learned of a person's resolution confidence: the sum, over <paramref name="Mentions"/>
/// mentions it resolved to the person, of the probability tying each to it (<see cref="ResolvedAuthor.Confidence"/>).
/// The store folds it into the person's running mean (<c>IStoreWriteSession.AddConfidenceEvidence</c>).
/// </summary>
public sealed record ConfidenceEvidence(PersonId Person, double Sum, int Mentions);
