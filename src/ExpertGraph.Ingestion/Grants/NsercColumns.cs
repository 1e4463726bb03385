namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// Where each NSERC column sits in a file's header. NSERC names columns bilingually, "English-Français"
/// ("FiscalYear-Exercice financier", "CoAppInstitution-Établissement"); columns are found by the English part, which is
/// ASCII and survives any re-encoding of the French one.
/// </summary>
internal sealed class NsercColumns
{
    private static readonly string[] Shared = ["Cle", "ProvinceEN", "CountryEN", "FiscalYear"];
    private static readonly string[] CoApplicantColumns = [.. Shared, "CoApplicantName", "CoAppOrganizationID", "CoAppInstitution"];
    private static readonly string[] PartnerColumns = [.. Shared, "PartOrganizationID", "PartInstitution"];

    private NsercColumns(NsercLayout layout, int fieldCount, Dictionary<string, int> indexByName)
    {
        Layout = layout;
        FieldCount = fieldCount;
        AwardId = indexByName["Cle"];
        Province = indexByName["ProvinceEN"];
        Country = indexByName["CountryEN"];
        FiscalYear = indexByName["FiscalYear"];
        var prefix = layout == NsercLayout.CoApplicants ? "CoApp" : "Part";
        OrganizationId = indexByName[prefix + "OrganizationID"];
        Institution = indexByName[prefix + "Institution"];
        CoApplicantName = indexByName.GetValueOrDefault("CoApplicantName", -1);
    }

    public NsercLayout Layout { get; }
    public int FieldCount { get; }
    public int AwardId { get; }
    public int Province { get; }
    public int Country { get; }
    public int FiscalYear { get; }
    /// <summary>The co-applicant's or the partner's NSERC organization id.</summary>
    public int OrganizationId { get; }
    /// <summary>The co-applicant's institution or the partner organization's name.</summary>
    public int Institution { get; }
    /// <summary>-1 in the partner layout.</summary>
    public int CoApplicantName { get; }

    /// <summary>
    /// Maps a header whose first column is "Cle" and that has every column of one layout, or returns null and says why.
    /// </summary>
    public static NsercColumns? FromHeader(IReadOnlyList<string> header, out string? problem)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) indexByName.TryAdd(EnglishName(header[i]), i);

        if (!indexByName.TryGetValue("Cle", out var cle) || cle != 0)
        {
            problem = "the first column is not 'Cle' (the NSERC award id)";
            return null;
        }

        NsercLayout layout;
        if (indexByName.ContainsKey("CoApplicantName")) layout = NsercLayout.CoApplicants;
        else if (indexByName.ContainsKey("PartInstitution")) layout = NsercLayout.Partners;
        else
        {
            problem = "neither a 'CoApplicantName' nor a 'PartInstitution' column";
            return null;
        }

        var required = layout == NsercLayout.CoApplicants ? CoApplicantColumns : PartnerColumns;
        var missing = required.FirstOrDefault(name => !indexByName.ContainsKey(name));
        problem = missing is null ? null : $"no '{missing}' column for the NSERC {layout} layout";
        return missing is null ? new NsercColumns(layout, header.Count, indexByName) : null;
    }

    /// <summary>"FiscalYear-Exercice financier" → "FiscalYear"; "ProvinceEN" stays.</summary>
    private static string EnglishName(string column)
    {
        var name = column.Trim();
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? name : name[..dash];
    }
}
