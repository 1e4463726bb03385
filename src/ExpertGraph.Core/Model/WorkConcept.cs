namespace ExpertGraph.Core.Model;

/// <summary>
/// A lexicon concept a work is about, with its weight. <see cref="Matched"/> concepts were named in the work's text;
/// the others are their ancestors, with weight decayed by distance, so that a work about a narrow technique also
/// counts under its field.
/// </summary>
public readonly record struct WorkConcept(string ConceptId, float Weight, bool Matched);
