using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A stored mention's place and raw name: what back-filling block keys of an older store reads.</summary>
public sealed record MentionName(WorkId Work, int Position, string RawName);
