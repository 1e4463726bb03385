namespace ExpertGraph.Core.Model;

/// <summary>
/// The data folder cannot be used as it is: full disk, not writable, damaged or missing store, another process writing.
/// The message names the file or folder and the fix, so hosts print it as it is.
/// </summary>
public sealed class DataFolderException : ExpertGraphException
{
    public DataFolderException() { }
    public DataFolderException(string message) : base(message) { }
    public DataFolderException(string message, Exception innerException) : base(message, innerException) { }
}
