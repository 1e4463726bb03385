using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IReadOnlyList<BlockMention> GetBlockMentions(string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        return Read("reading a mention block", connection => BlockMentionQueries.Mentions(connection, null, blockKey));
    }

    public IReadOnlyList<(string BlockKey, int Mentions)> GetBlocks() => Read("reading mention blocks", BlockMentionQueries.Blocks);

    public IReadOnlyList<MentionName> GetMentionsWithoutBlock(int limit) =>
        Read("reading mentions without a block", connection => BlockMentionQueries.WithoutBlock(connection, limit));

    /// <summary>One transaction holding the writers' lock, so no ingest batch writes authorships in between.</summary>
    public void SetBlockKeys(IReadOnlyList<(WorkId Work, int Position, string BlockKey)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (keys.Count == 0) return;
        _writerGate.Wait();
        try
        {
            PostgresErrors.Run("writing block keys", () =>
            {
                using var connection = _dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
                BlockMentionQueries.SetBlockKeys(connection, transaction, keys);
                transaction.Commit();
            });
        }
        finally
        {
            _writerGate.Release();
        }
    }
}
