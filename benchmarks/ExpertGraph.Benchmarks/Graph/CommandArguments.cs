using System.Globalization;

namespace ExpertGraph.Benchmarks.Graph;

/// <summary>"--name value" arguments of the graph benchmark commands.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly string _command;

    public CommandArguments(string command, IEnumerable<string> args)
    {
        _command = command;
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Count)
                throw new ArgumentException($"{command}: expected --name value, found \"{list[i]}\"");
            _values[list[i][2..]] = list[++i];
        }
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{_command}: --{name} is required");

    public string? OptionalText(string name) => _values.GetValueOrDefault(name);

    public long Number(string name, long? fallback = null)
    {
        if (!_values.TryGetValue(name, out var text))
            return fallback ?? throw new ArgumentException($"{_command}: --{name} is required");
        return long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{_command}: --{name} expects a whole number, found \"{text}\"");
    }
}
