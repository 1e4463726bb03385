namespace ExpertGraph.Core.Model;

/// <summary>A store operation failed; <see cref="IsTransient"/> failures (busy, locked, connection lost) are retried.</summary>
public sealed class StoreException : ExpertGraphException
{
    public StoreException() { }
    public StoreException(string message) : base(message) { }
    public StoreException(string message, Exception innerException) : base(message, innerException) { }

    public StoreException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException!) => IsTransient = isTransient;

    public bool IsTransient { get; }
}
