namespace ExpertGraph.Core.Names;

public enum NameScript
{
    Latin = 1,
    Han,
    Other,
}
