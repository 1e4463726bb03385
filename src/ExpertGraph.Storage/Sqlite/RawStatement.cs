using System.Text;
using ExpertGraph.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the write connection and bound by position. The ingest hot path (works, authorships, person
/// keys, identifiers) runs through these: Microsoft.Data.Sqlite binds every parameter by name on every execution, which
/// profiling showed to cost more than SQLite's own work. Runs inside the connection's current transaction.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, double value)
    {
        Check(raw.sqlite3_bind_double(_statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement Bind(int index, double? value) => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement Bind(int index, string? value)
    {
        if (value is null) return BindNull(index);
        Check(raw.sqlite3_bind_text(_statement, index, Encoding.UTF8.GetBytes(value)));
        return this;
    }

    /// <summary>Binds text already encoded as UTF-8 (a value bound again and again is encoded once).</summary>
    public RawStatement BindUtf8(int index, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        Check(raw.sqlite3_bind_text(_statement, index, utf8));
        return this;
    }

    public RawStatement Bind(int index, byte[]? value)
    {
        if (value is null) return BindNull(index);
        Check(raw.sqlite3_bind_blob(_statement, index, value));
        return this;
    }

    public RawStatement BindNull(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs a statement that returns no row.</summary>
    public void Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a statement and returns the first column of its first row as an integer, or null when there is no row.</summary>
    public long? QueryInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_statement, 0);
            if (rc != raw.SQLITE_DONE) Check(rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Steps a query to its next row; false at the end (the statement is then reset for another run).</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) Check(rc);
        return false;
    }

    /// <summary>Ends a query read before its last row, for another run.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>A text or blob column's bytes (text as UTF-8), valid until the next step.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public int? NullableInt32(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        var message = $"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}";
        // The inner SqliteException carries the code, as on the Microsoft.Data.Sqlite path (disk full, damage).
        throw new StoreException(message, isTransient: rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED, new SqliteException(message, rc));
    }
}
