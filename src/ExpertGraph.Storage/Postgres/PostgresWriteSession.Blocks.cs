using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Storage.Postgres;

internal sealed partial class PostgresWriteSession
{
    /// <summary>
    /// The block's mentions; the session's buffered works are sent first (<see cref="WithWorksSent{T}"/>), so that
    /// mentions and co-authors written earlier in this transaction are read like stored ones.
    /// </summary>
    public IReadOnlyList<BlockMention> GetBlockMentions(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        return WithWorksSent("reading a mention block", () => BlockMentionQueries.Mentions(_connection, _transaction, blockKey));
    }

    /// <summary>The block's rows with their profiles, after the buffered works are sent, as <see cref="GetBlockMentions"/>.</summary>
    public IReadOnlyList<StoredProfile> GetBlockProfiles(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        return WithWorksSent("reading a mention block", () => BlockMentionQueries.Profiles(_connection, _transaction, blockKey));
    }

    /// <summary>Stores profiles after the buffered works are sent: a profile may be for a row written earlier in this session.</summary>
    public void SetProfiles(IReadOnlyList<(WorkId Work, int Position, byte[] Profile)> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count == 0) return;
        WithWorksSent("storing mention profiles", () =>
        {
            BlockMentionQueries.SetProfiles(_connection, _transaction, profiles);
            return profiles.Count;
        });
    }

    /// <summary>Runs a statement on stored authorships once the buffered works are in the transaction (<see cref="SendBufferedWorks"/>).</summary>
    private T WithWorksSent<T>(string doing, Func<T> statement)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresErrors.Run(doing, () =>
        {
            SendBufferedWorks();
            return statement();
        });
    }

    /// <summary>
    /// Writes the buffered works, identifiers, concepts and authorships into the transaction now instead of at commit.
    /// From then on those works are stored ones to every path of the session: a later update of one deletes its rows
    /// before buffering new ones, as for a work stored before the session (hence the cleared-once sets start over).
    /// Persons, keys and name variants stay buffered: a block read does not look at them.
    /// </summary>
    private void SendBufferedWorks()
    {
        if (_newWorks.Count == 0 && _identifiers.Count == 0 && _concepts.Count == 0 && _authorships.Count == 0) return;
        FlushWorks();
        _newWorks.Clear();
        _identifiers.Clear();
        _concepts.Clear();
        _authorships.Clear();
        _clearedIdentifiers.Clear();
        _retaggedWorks.Clear();
        _clearedAuthorships.Clear();
    }
}
