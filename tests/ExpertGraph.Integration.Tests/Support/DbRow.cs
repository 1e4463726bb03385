using System.Data.Common;
using System.Globalization;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>A row read through plain ADO.NET, by column name: the same code reads SQLite and PostgreSQL.</summary>
internal sealed class DbRow(IReadOnlyList<string> names, object?[] values)
{
    public IReadOnlyList<string> Names => names;

    public object? this[string column] => values[IndexOf(column)];

    public object? this[int ordinal] => values[ordinal];

    public long Long(string column) => Convert.ToInt64(this[column], CultureInfo.InvariantCulture);

    public string Text(string column) => FormatValue(this[column]);

    public static List<DbRow> ReadAll(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<DbRow>();
        while (reader.Read())
        {
            var values = new object?[names.Length];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(new DbRow(names, values));
        }

        return rows;
    }

    /// <summary>A value as the dump shows it: invariant culture, round-trip reals, NULL spelled out.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private int IndexOf(string column)
    {
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ArgumentException("no column " + column + " in " + string.Join(", ", names), nameof(column));
    }
}
