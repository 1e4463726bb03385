using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Storage.Postgres;

internal sealed partial class PostgresWriteSession
{
    /// <summary>
    /// Sends what the session buffered for works first (see <see cref="SendBufferedWorks"/>), so that the block's
    /// mentions, co-authors and concepts written earlier in this transaction are read like stored ones.
    /// </summary>
    public IReadOnlyList<BlockMention> GetBlockMentions(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresErrors.Run("reading a mention block", () =>
        {
            SendBufferedWorks();
            return BlockMentionQueries.Mentions(_connection, _transaction, blockKey);
        });
    }

    /// <summary>Sends the buffered works first, as <see cref="GetBlockMentions"/> does.</summary>
    public IReadOnlyList<StoredProfile> GetBlockProfiles(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresErrors.Run("reading a mention block", () =>
        {
            SendBufferedWorks();
            return BlockMentionQueries.Profiles(_connection, _transaction, blockKey);
        });
    }

    /// <summary>Sends the buffered works first: a profile may be for a row written earlier in this session.</summary>
    public void SetProfiles(IReadOnlyList<(WorkId Work, int Position, byte[] Profile)> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (profiles.Count == 0) return;
        PostgresErrors.Run("storing mention profiles", () =>
        {
            SendBufferedWorks();
            BlockMentionQueries.SetProfiles(_connection, _transaction, profiles);
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
