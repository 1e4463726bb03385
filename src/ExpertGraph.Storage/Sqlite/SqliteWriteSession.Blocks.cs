using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;

namespace ExpertGraph.Storage.Sqlite;

internal sealed partial class SqliteWriteSession
{
    /// <summary>Read in the session's transaction: rows it wrote are already in the file's pages it sees.</summary>
    public IReadOnlyList<BlockMention> GetBlockMentions(string blockKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return BlockMentionQueries.Mentions(_connection, _transaction, blockKey);
    }

    public IReadOnlyList<StoredProfile> GetBlockProfiles(string blockKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return BlockMentionQueries.Profiles(_connection, _transaction, blockKey);
    }

    public void SetProfiles(IReadOnlyList<(WorkId Work, int Position, byte[] Profile)> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ObjectDisposedException.ThrowIf(_disposed, this);
        BlockMentionQueries.SetProfiles(_connection, _transaction, profiles);
    }
}
