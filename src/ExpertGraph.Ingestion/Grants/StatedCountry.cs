using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// The ISO code of a country a grant file names in a field of its own ("United States", "CANADA"): the source states
/// the country, so the reader sets it, through the same country lexicon the normalizer infers the others with.
/// </summary>
internal static class StatedCountry
{
    private static readonly Lazy<CountryResolver> Resolver = new(() => new CountryResolver());

    public static string? Code(string? countryName) =>
        string.IsNullOrWhiteSpace(countryName) ? null : Resolver.Value.FromText(countryName);
}
