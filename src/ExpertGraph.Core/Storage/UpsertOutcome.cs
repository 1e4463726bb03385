namespace ExpertGraph.Core.Storage;

public enum UpsertOutcome
{
    Inserted = 1,
    Updated,
    Unchanged,
}
