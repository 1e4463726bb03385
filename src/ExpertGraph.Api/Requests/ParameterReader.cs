using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Api.Requests;

/// <summary>Reads a request's text parameters, collecting every problem (named as the caller wrote it) instead of stopping at the first.</summary>
internal sealed class ParameterReader
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public ICollection<string> Sink => _problems;

    public void Add(string problem) => _problems.Add(problem);

    public void AddRange(IEnumerable<string> problems) => _problems.AddRange(problems);

    public int Int(string name, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _problems.Add($"{name} '{text}' is not a whole number");
            return fallback;
        }

        if (value > max) _problems.Add($"{name} {value} is above the maximum of {max.ToString(CultureInfo.InvariantCulture)}");
        else if (value < min) _problems.Add($"{name} {value} is below the minimum of {min.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }

    public int? OptionalInt(string name, string? text, int min, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : Int(name, text, 0, min, max);

    public bool Bool(string name, string? text, bool fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (bool.TryParse(text.Trim(), out var value)) return value;
        _problems.Add($"{name} '{text}' is neither true nor false");
        return fallback;
    }

    /// <summary>A value of <typeparamref name="T"/> by its name in lower case (paper, current).</summary>
    public T? Enum<T>(string name, string? text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (System.Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text.Trim()[0])) return value;
        _problems.Add($"{name} '{text}' is none of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
        return null;
    }

    public PersonId? Person(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Add($"{name} is missing: give a person id (P12 or 12)");
            return null;
        }

        if (PersonId.TryParse(text.Trim(), out var id)) return id;
        _problems.Add($"{name} '{text}' is not a person id (P12 or 12, as search and person lookup give them)");
        return null;
    }

    /// <summary>Person ids from a list (each entry may itself be comma-separated), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<PersonId> Persons(string name, IEnumerable<string>? texts, int max, bool required = true)
    {
        var ids = new List<PersonId>();
        foreach (var text in (texts ?? []).SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (PersonId.TryParse(text, out var id)) ids.Add(id);
            else _problems.Add($"{name}: '{text}' is not a person id (P12 or 12)");
        }

        if (required && ids.Count == 0) _problems.Add($"{name}: give at least one person id");
        if (ids.Count > max) _problems.Add($"{name}: {ids.Count} persons, more than the limit of {max.ToString(CultureInfo.InvariantCulture)} per request");
        return ids.Distinct().ToList();
    }
}
