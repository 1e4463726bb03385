using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Curation;

/// <summary>One author mention: a work and the author's position on it (0-based, as stored).</summary>
public readonly record struct MentionRef(WorkId Work, int Position);
