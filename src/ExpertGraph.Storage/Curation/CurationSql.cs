using System.Data.Common;
using System.Globalization;

namespace ExpertGraph.Storage.Curation;

/// <summary>
/// Commands with named parameters (<c>@name</c>), which both drivers take: curation and its lookups run the same SQL
/// on either store. Every value is bound; none is spliced into the text.
/// </summary>
internal sealed class CurationSql(DbConnection connection, DbTransaction? transaction)
{
    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public long? ScalarInt64(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// A command prepared once, for a statement run many times: the caller disposes it and sets each run's values through
    /// <see cref="DbCommand.Parameters"/>, in the order given here, keeping each parameter's type.
    /// </summary>
    public DbCommand Prepare(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Create(sql, parameters);
        command.Prepare();
        return command;
    }

    private DbCommand Create(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                int number => (long)number,
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
