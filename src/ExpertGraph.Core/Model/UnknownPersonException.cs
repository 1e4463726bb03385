namespace ExpertGraph.Core.Model;

/// <summary>
/// A person id that names no person: never made, or merged away by a curator or a re-resolution, in which case
/// <see cref="MergedInto"/> is the person it now is.
/// </summary>
public sealed class UnknownPersonException : ExpertGraphException
{
    public UnknownPersonException() { }
    public UnknownPersonException(string message) : base(message) { }
    public UnknownPersonException(string message, Exception innerException) : base(message, innerException) { }

    public UnknownPersonException(PersonId person, PersonId? mergedInto)
        : base(mergedInto is { } target ? $"person {person} was merged into {target}: use {target}" : $"unknown person {person}")
    {
        Person = person;
        MergedInto = mergedInto;
    }

    public PersonId? Person { get; }

    public PersonId? MergedInto { get; }
}
