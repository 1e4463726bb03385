using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Reads the curator's files (CSV with a header): declared relations <c>a,b,kind,from,to,note</c>, waivers
/// <c>applicant,reviewer,relation,reason,approver,time</c> and institution aliases <c>organization,alias</c>, each
/// entry checked by <see cref="CuratorEntries"/>. A bad file stops with every bad line and field at once: these files
/// decide who may review.
/// </summary>
public static class CuratorFileReader
{
    public static IReadOnlyList<DeclaredRelation> ReadRelations(string path) =>
        Read(path, "relations", ["a", "b", "kind"], (f, at, source, problems) => CuratorEntries.Relation(f, at, source, problems));

    public static IReadOnlyList<Waiver> ReadWaivers(string path) =>
        Read(path, "waivers", ["applicant", "reviewer", "relation", "reason", "approver", "time"], (f, at, source, problems) => CuratorEntries.Waiver(f, at, source, problems));

    public static InstitutionAliases ReadAliases(string path) =>
        InstitutionAliases.Of(Read(path, "aliases", ["organization", "alias"], (f, at, _, problems) => CuratorEntries.Alias(f, at, problems)));

    private delegate T? EntryReader<T>(IReadOnlyList<string?> fields, string at, string source, ICollection<string> problems) where T : class;

    /// <param name="columns">The columns the header must start with (the trailing ones of relations are optional).</param>
    private static List<T> Read<T>(string path, string what, string[] columns, EntryReader<T> entry) where T : class
    {
        var entries = new List<T>();
        var problems = new List<string>();
        foreach (var (line, fields) in CsvRecords.Read(path, what, columns))
        {
            if (entry(fields, $"{what} file {path}, line {line}", $"{Path.GetFileName(path)}:{line}", problems) is { } read) entries.Add(read);
        }

        if (problems.Count > 0) throw new ExpertGraphException(string.Join("; ", problems));
        return entries;
    }
}
