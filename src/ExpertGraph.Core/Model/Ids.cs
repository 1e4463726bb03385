namespace ExpertGraph.Core.Model;

/// <summary>Store-assigned id of a work (paper, patent or project).</summary>
public readonly record struct WorkId(long Value)
{
    public override string ToString() => $"W{Value}";
}

/// <summary>Store-assigned id of a resolved person; stable across re-runs.</summary>
public readonly record struct PersonId(long Value)
{
    public override string ToString() => $"P{Value}";

    /// <summary>An id as <see cref="ToString"/> prints it ("P12") or bare ("12"); false for anything else.</summary>
    public static bool TryParse(string? text, out PersonId id)
    {
        var digits = text?.Trim() ?? "";
        if (digits.StartsWith('P') || digits.StartsWith('p')) digits = digits[1..];
        var ok = long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0;
        id = ok ? new PersonId(value) : default;
        return ok;
    }
}

/// <summary>Store-assigned id of an institution.</summary>
public readonly record struct InstitutionId(long Value)
{
    public override string ToString() => $"I{Value}";
}
