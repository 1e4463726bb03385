using ExpertGraph.Core.Model;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

/// <summary>
/// Turns driver failures into <see cref="StoreException"/>s the pipeline understands: transient ones (the connection
/// dropped, the server restarting or refusing connections for now, a deadlock or serialization failure) are retried
/// by the caller; the rest stop the run with the server's message.
/// </summary>
internal static class PostgresErrors
{
    public static StoreException Translate(NpgsqlException exception, string doing) =>
        new($"PostgreSQL store: {doing} failed: {exception.Message.Trim()}", IsTransient(exception), exception);

    public static T Run<T>(string doing, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException ex)
        {
            throw Translate(ex, doing);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is NpgsqlException inner)
        {
            throw Translate(inner, doing);
        }
    }

    public static void Run(string doing, Action action) => Run(doing, () =>
    {
        action();
        return 0;
    });

    private static bool IsTransient(NpgsqlException exception)
    {
        if (exception.IsTransient) return true;
        if (exception is not PostgresException server) return exception.InnerException is IOException or System.Net.Sockets.SocketException;
        return server.SqlState switch
        {
            "40001" or "40P01" => true,                 // serialization failure, deadlock: the transaction may simply be retried
            "57P01" or "57P02" or "57P03" => true,      // admin / crash shutdown, cannot connect now (starting up)
            "53300" => true,                            // too many connections
            _ => server.SqlState.StartsWith("08", StringComparison.Ordinal), // connection exceptions
        };
    }
}
