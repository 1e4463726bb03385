namespace ExpertGraph.Core.Model;

public enum WorkKind
{
    Paper = 1,
    Patent = 2,
    Project = 3,
}
