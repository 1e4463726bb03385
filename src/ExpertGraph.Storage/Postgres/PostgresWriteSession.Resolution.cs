using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Resolution;

namespace ExpertGraph.Storage.Postgres;

internal sealed partial class PostgresWriteSession
{
    /// <summary>Sends the session's buffers first (<see cref="SendBufferedRows"/>): the mention may have been written by it.</summary>
    public void MoveMention(WorkId work, int position, PersonId to)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PostgresErrors.Run("moving a mention", () =>
        {
            SendBufferedRows();
            new PersonResolutionWriter(_connection, _transaction).MoveMention(work, position, to);
        });
        _wroteWorks = true;
    }

    /// <summary>Sends the session's buffers first: either person, its keys or its name variants may have been written by it.</summary>
    public void RetirePerson(PersonId retired, PersonId successor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PostgresErrors.Run("retiring a person", () =>
        {
            SendBufferedRows();
            new PersonResolutionWriter(_connection, _transaction).RetirePerson(retired, successor);
        });
        _wroteWorks = true;
        PersonResolutionWriter.ApplyRetirement(_redirects, retired, successor);
    }

    public void SetPersonResolution(PersonId person, PersonResolution resolution)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PostgresErrors.Run("storing a person's resolution", () =>
        {
            SendBufferedPersons();
            new PersonResolutionWriter(_connection, _transaction).SetResolution(person, resolution);
        });
    }

    /// <summary>Sends the session's buffers first: the persons and the authorships counted may have been written by it.</summary>
    public void AddConfidenceEvidence(IReadOnlyCollection<ConfidenceEvidence> evidence)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PostgresErrors.Run("storing persons' confidence", () =>
        {
            SendBufferedRows();
            new PersonResolutionWriter(_connection, _transaction).AddConfidenceEvidence(evidence);
        });
    }

    /// <summary>
    /// Writes everything the session buffered into the transaction now instead of at commit (works as
    /// <see cref="SendBufferedWorks"/> does, then persons, keys and name variants), so that statements changing stored rows
    /// act on the session's own rows too. Cheap when nothing is buffered, as between the moves of one re-resolved block.
    /// </summary>
    private void SendBufferedRows()
    {
        SendBufferedPersons();
        SendBufferedWorks();
        if (_newKeys.Count == 0 && _newVariants.Count == 0) return;
        FlushKeysAndVariants();
        _newKeys.Clear();
        _newVariants.Clear();
    }

    private void SendBufferedPersons()
    {
        if (_newPersons.Count == 0) return;
        FlushPersons();
        _newPersons.Clear();
    }
}
