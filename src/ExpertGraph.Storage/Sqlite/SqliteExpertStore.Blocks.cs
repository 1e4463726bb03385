using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IReadOnlyList<BlockMention> GetBlockMentions(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        using var connection = OpenReader();
        return BlockMentionQueries.Mentions(connection, null, blockKey);
    }

    public IReadOnlyList<(string BlockKey, int Mentions)> GetBlocks()
    {
        using var connection = OpenReader();
        return BlockMentionQueries.Blocks(connection);
    }

    public IReadOnlyList<MentionName> GetMentionsWithoutBlock(int limit)
    {
        using var connection = OpenReader();
        return BlockMentionQueries.WithoutBlock(connection, limit);
    }

    /// <summary>One transaction on the write connection, as the single writer (an ingest in this process waits for it).</summary>
    public void SetBlockKeys(IReadOnlyList<(WorkId Work, int Position, string BlockKey)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (keys.Count == 0) return;
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            BlockMentionQueries.SetBlockKeys(_writer, transaction, keys);
            transaction.Commit();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"cannot write block keys to {DatabasePath}: {ex.Message}", ex.SqliteErrorCode is SqliteErrorCodes.Busy or SqliteErrorCodes.Locked, ex);
        }
        finally
        {
            ReleaseWriter();
        }
    }
}
