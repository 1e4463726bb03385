using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>Turns a USPTO name/address block into an <see cref="AffiliationMention"/>.</summary>
internal static class PatentAddress
{
    /// <summary>
    /// RawText is "Organization, City, State, Country" with the parts the source gives, as it gives them. CountryCode is
    /// kept only when it is a two-letter code (the source also writes "omitted" and "unknown"). With
    /// <paramref name="stateMeansUs"/>, a state without a country is a US address: the PATDOC 2.5 rules leave the
    /// country out for US residents.
    /// </summary>
    public static AffiliationMention? Describe(string? organization, string? city, string? state, string? country, bool stateMeansUs = false)
    {
        string[] parts = [.. new[] { organization, city, state, country }.Where(part => part is not null).Select(part => part!)];
        if (parts.Length == 0) return null;

        var code = country is { Length: 2 } && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant() : null;
        if (code is null && country is null && state is not null && stateMeansUs) code = "US";
        return new AffiliationMention(string.Join(", ", parts))
        {
            Organization = organization,
            City = city,
            CountryCode = code,
        };
    }
}
