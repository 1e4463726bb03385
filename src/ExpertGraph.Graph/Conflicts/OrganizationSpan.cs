namespace ExpertGraph.Graph.Conflicts;

/// <summary>An affiliation with the organization it belongs to once institution aliases are applied.</summary>
internal sealed record OrganizationSpan(string Organization, AffiliationEvidence Span)
{
    public DateOnly Earliest => Span.From?.Earliest ?? DateOnly.MinValue;
    public DateOnly Latest => Span.To?.Latest ?? DateOnly.MaxValue;

    public FlagEvidence ToEvidence() => new("affiliation", Span.Person.ToString(), Span.InstitutionName, When(Span.From, Span.To));

    internal static string When(EvidenceDate? from, EvidenceDate? to)
    {
        if (from is null && to is null) return "dates unknown";
        if (from is { Month: null } f && to is { Month: null } t) return f.Year == t.Year ? f.ToString() : $"{f.Year}–{t.Year} (years only)";
        return $"{from?.ToString() ?? "?"} to {to?.ToString() ?? "ongoing"}";
    }
}
