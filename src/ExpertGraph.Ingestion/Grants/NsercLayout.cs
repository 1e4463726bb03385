namespace ExpertGraph.Ingestion.Grants;

/// <summary>
/// The NSERC open-data link tables this reader knows. Both list one award ("Cle") per row, several rows per award; the
/// awards file itself (title, applicant, amount, program, summary) is another layout, not among them.
/// </summary>
internal enum NsercLayout
{
    /// <summary>One co-applicant of an award per row: name "Family, Given", their institution, province, country.</summary>
    CoApplicants = 1,
    /// <summary>One partner organization of an award per row: its NSERC organization id, name, province, country.</summary>
    Partners,
}
