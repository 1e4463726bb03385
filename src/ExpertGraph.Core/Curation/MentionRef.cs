using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Curation;

/// <summary>One author mention: a work and the author's position on it, as stored (the readers number authors from 1).</summary>
public readonly record struct MentionRef(WorkId Work, int Position);
