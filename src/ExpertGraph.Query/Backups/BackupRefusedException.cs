namespace ExpertGraph.Query.Backups;

/// <summary>A check of a backup failed during restore; its message becomes the detail of the one error restore reports.</summary>
internal sealed class BackupRefusedException : Exception
{
    public BackupRefusedException() { }
    public BackupRefusedException(string message) : base(message) { }
    public BackupRefusedException(string message, Exception innerException) : base(message, innerException) { }
}
