namespace ExpertGraph.Ingestion.Papers;

/// <summary>Work and person identifiers (DOI, PMID, PMCID, ORCID, ISBN, ISSN) reduced from URLs to the forms the model stores.</summary>
internal static class ScholarlyIds
{
    private static readonly string[] DoiPrefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>The text after the last '/', or the whole value when it has none.</summary>
    public static string? LastSegment(string? value)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        var slash = value.LastIndexOf('/');
        var tail = slash < 0 ? value : value[(slash + 1)..];
        return tail.Length == 0 ? null : tail;
    }

    /// <summary>DOI lower-case without its resolver prefix: "https://doi.org/10.7717/PeerJ.4375" → "10.7717/peerj.4375".</summary>
    public static string? Doi(string? doi)
    {
        doi = doi?.Trim();
        if (string.IsNullOrEmpty(doi)) return null;
        foreach (var prefix in DoiPrefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..];
                break;
            }
        }

        return doi.StartsWith("10.", StringComparison.Ordinal) ? doi.ToLowerInvariant() : null;
    }

    /// <summary>"https://pubmed.ncbi.nlm.nih.gov/29456894" → "29456894".</summary>
    public static string? Pmid(string? pmid)
    {
        var tail = LastSegment(pmid);
        return tail is not null && tail.All(char.IsAsciiDigit) ? tail : null;
    }

    /// <summary>"https://www.ncbi.nlm.nih.gov/pmc/articles/5815332" → "PMC5815332", the form PubMed Central prints.</summary>
    public static string? Pmcid(string? pmcid)
    {
        var tail = LastSegment(pmcid);
        if (tail is null) return null;
        if (tail.StartsWith("PMC", StringComparison.OrdinalIgnoreCase)) tail = tail[3..];
        return tail.Length > 0 && tail.All(char.IsAsciiDigit) ? "PMC" + tail : null;
    }

    /// <summary>"https://orcid.org/0000-0002-6528-1179" → "0000-0002-6528-1179"; PubMed's bare "000000026528117X" gets its hyphens.</summary>
    public static string? Orcid(string? orcid)
    {
        var tail = LastSegment(orcid);
        if (tail is { Length: 16 } && tail.All(c => char.IsAsciiDigit(c) || c is 'X' or 'x'))
            tail = $"{tail[..4]}-{tail[4..8]}-{tail[8..12]}-{tail[12..]}";
        return tail is { Length: 19 } && HasOrcidCheckDigit(tail) ? tail.ToUpperInvariant() : null;
    }

    // ISO 7064 MOD 11-2 over the 15 digits before the last: a mistyped ORCID ("2708-1975-2001-2009" in MEDLINE) fails it.
    private static bool HasOrcidCheckDigit(string orcid)
    {
        var total = 0;
        var digits = 0;
        foreach (var c in orcid.AsSpan(0, 18))
        {
            if (c == '-') continue;
            if (!char.IsAsciiDigit(c)) return false;
            total = (total + (c - '0')) * 2;
            digits++;
        }

        var check = (12 - (total % 11)) % 11;
        return digits == 15 && char.ToUpperInvariant(orcid[18]) == (check == 10 ? 'X' : (char)('0' + check));
    }

    /// <summary>"978-1-4842-6700-4" and "http://id.crossref.org/isbn/9781484267004" → "9781484267004".</summary>
    public static string? Isbn(string? value)
    {
        var tail = LastSegment(value);
        if (tail is null) return null;
        var isbn = new string([.. tail.Where(c => c is not ('-' or ' '))]).ToUpperInvariant();
        return isbn.Length is 10 or 13 && isbn.AsSpan(0, isbn.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0 ? isbn : null;
    }

    /// <summary>"2095-8099" stays; "20958099" → "2095-8099"; anything else is not an ISSN.</summary>
    public static string? Issn(string? value)
    {
        var text = PaperText.CollapseWhitespace(value)?.ToUpperInvariant();
        if (text is null) return null;
        if (text.Length == 8) text = text[..4] + "-" + text[4..];
        return text.Length == 9 && text[4] == '-' ? text : null;
    }
}
