using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Resolution;

namespace ExpertGraph.Storage.Sqlite;

internal sealed partial class SqliteWriteSession
{
    /// <summary>A moved mention changes persons' statistics: the derived tables become stale at commit.</summary>
    public void MoveMention(WorkId work, int position, PersonId to)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        new PersonResolutionWriter(_connection, _transaction).MoveMention(work, position, to);
        _wroteWorks = true;
    }

    public void RetirePerson(PersonId retired, PersonId successor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        new PersonResolutionWriter(_connection, _transaction).RetirePerson(retired, successor);
        _wroteWorks = true;
        PersonResolutionWriter.ApplyRetirement(_redirects, retired, successor);
    }

    public void SetPersonResolution(PersonId person, PersonResolution resolution)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        new PersonResolutionWriter(_connection, _transaction).SetResolution(person, resolution);
    }

    public void AddConfidenceEvidence(IReadOnlyCollection<ConfidenceEvidence> evidence)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        new PersonResolutionWriter(_connection, _transaction).AddConfidenceEvidence(evidence);
    }
}
