using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace ExpertGraph.Storage;

/// <summary>
/// Each rebuild of the derived tables gets a new random generation, written in the rebuild's transaction, so anything
/// cached from them (the collaboration graph's snapshot file) knows whether it is current. Random, not a counter: a
/// store restored from a backup must not match a cache made from a later rebuild that happened to have its number.
/// </summary>
internal static class DerivedGenerations
{
    public const string ReadSql = "SELECT COALESCE((SELECT value FROM store_flags WHERE name = 'derived_generation'), 0)";

    /// <summary>An upsert of a fresh generation (a positive integer literal: the statement takes no parameters).</summary>
    public static string NewGenerationSql()
    {
        // Meant to be unrepeatable, unlike the seeded randomness elsewhere: drawn from the system's generator.
        var value = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))) & long.MaxValue;
        var generation = Math.Max(1, value).ToString(CultureInfo.InvariantCulture);
        return $"INSERT INTO store_flags (name, value) VALUES ('derived_generation', {generation}) ON CONFLICT (name) DO UPDATE SET value = {generation};";
    }

    public static long Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
