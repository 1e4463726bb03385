namespace ExpertGraph.Query.Backups;

/// <summary>One file of a backup: its path inside the backup ('/'-separated), its size and its SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
