namespace ExpertGraph.Core.Model;

/// <summary>Base of every unexpected failure ExpertGraph raises itself. Expected failures (a bad record) are values.</summary>
public class ExpertGraphException : Exception
{
    public ExpertGraphException() { }
    public ExpertGraphException(string message) : base(message) { }
    public ExpertGraphException(string message, Exception innerException) : base(message, innerException) { }
}
