using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>Person ids as the CLI prints them ("P12") or bare ("12").</summary>
public static class PersonIdParser
{
    public static bool TryParse(string? text, out PersonId id)
    {
        var digits = text?.Trim() ?? "";
        if (digits.StartsWith('P') || digits.StartsWith('p')) digits = digits[1..];
        var ok = long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
        id = ok ? new PersonId(value) : default;
        return ok;
    }
}
