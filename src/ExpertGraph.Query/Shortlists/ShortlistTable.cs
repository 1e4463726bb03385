using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Exports;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Search.Careers;

namespace ExpertGraph.Query.Shortlists;

/// <summary>
/// A shortlist as the table an analyst exports (docs/exports.md, "Shortlist columns"): one row per entry in list order,
/// the person's facts read from their <see cref="ExpertProfile"/>. Several values in one cell are joined with "; ".
/// </summary>
public static class ShortlistTable
{
    public const string ListSeparator = "; ";

    public static readonly IReadOnlyList<string> Columns =
    [
        "rank", "person_id", "name", "name_variants", "institution", "country", "career_stage", "disciplines", "subfields",
        "works", "papers", "patents", "projects", "citations", "h_index", "first_year", "last_year", "orcid", "profile_url", "note",
    ];

    /// <param name="profiles">The profile of each entry, in entry order (a merged-away person's is the person it now is).</param>
    public static ExportTable Build(Shortlist shortlist, IReadOnlyList<ExpertProfile> profiles, ShortlistExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(shortlist);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(options);
        if (profiles.Count != shortlist.Entries.Count) throw new ArgumentException("one profile per entry is needed", nameof(profiles));
        return new ExportTable(Columns, [.. shortlist.Entries.Select((entry, i) => Row(entry, profiles[i], options))]);
    }

    private static IReadOnlyList<object?> Row(ShortlistEntry entry, ExpertProfile profile, ShortlistExportOptions options)
    {
        var stats = profile.Statistics;
        return
        [
            entry.Position,
            profile.Id.ToString(),
            profile.DisplayName,
            Join(profile.NameVariants.Where(name => !string.Equals(name, profile.DisplayName, StringComparison.Ordinal))),
            profile.Career?.Current?.Name ?? profile.Institution,
            profile.Career?.CountryCode ?? profile.CountryCode,
            profile.Career is { } career ? CareerStages.Label(career.Stage) : null,
            Concepts(profile.Disciplines, options.ConceptsPerLevel),
            Concepts(profile.Subfields, options.ConceptsPerLevel),
            stats.Works, stats.Papers, stats.Patents, stats.Projects, stats.Citations, stats.HIndex,
            stats.FirstYear, stats.LastYear,
            profile.Orcid,
            options.ProfileLink(profile.Id),
            entry.Note,
        ];
    }

    /// <summary>Concepts as "label_en 中文", strongest first.</summary>
    private static string? Concepts(ConceptLevelProfile level, int count) =>
        Join(level.Concepts.Take(count).Select(concept => Label(concept.LabelEn, concept.LabelZh)));

    internal static string Label(string en, string zh) =>
        en.Length == 0 ? zh : zh.Length == 0 || string.Equals(en, zh, StringComparison.Ordinal) ? en : en + " " + zh;

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(ListSeparator, values);
        return text.Length == 0 ? null : text;
    }
}
