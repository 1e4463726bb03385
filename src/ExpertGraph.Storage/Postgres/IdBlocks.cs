using Npgsql;

namespace ExpertGraph.Storage.Postgres;

/// <summary>
/// Ids for new rows drawn from a table's sequence in blocks: one round trip gives the next many ids, so new rows can be
/// buffered and sent with binary COPY at commit instead of one INSERT … RETURNING each. Sequence values are never
/// rolled back; ids of a rolled-back batch are simply skipped (ids are opaque). One writer at a time uses it.
/// </summary>
internal sealed class IdBlocks(string table, int blockSize = 1024)
{
    private readonly Queue<long> _free = new();

    public long Next(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (_free.Count == 0) Refill(connection, transaction);
        return _free.Dequeue();
    }

    private void Refill(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand($"SELECT nextval('{table}_id_seq') FROM generate_series(1, $1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = blockSize });
        using var reader = command.ExecuteReader();
        while (reader.Read()) _free.Enqueue(reader.GetInt64(0));
    }
}
