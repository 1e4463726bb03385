using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

public readonly record struct WorkUpsert(WorkId Id, UpsertOutcome Outcome);
