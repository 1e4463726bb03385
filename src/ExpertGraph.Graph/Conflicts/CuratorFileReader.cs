using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Reads the curator's files (CSV with a header): declared relations <c>a,b,kind,from,to,note</c>, waivers
/// <c>applicant,reviewer,relation,reason,approver,time</c> and institution aliases <c>organization,alias</c>.
/// A bad line stops with the file, the line and the field: these files decide who may review.
/// </summary>
public static class CuratorFileReader
{
    public static IReadOnlyList<DeclaredRelation> ReadRelations(string path)
    {
        var relations = new List<DeclaredRelation>();
        foreach (var (line, f) in CsvRecords.Read(path, "relations", "a", "b", "kind"))
        {
            var at = $"relations file {path}, line {line}";
            var a = Person(f, 0, at, "a");
            var b = Person(f, 1, at, "b");
            var kind = Field(f, 2);
            if (kind.Length == 0) throw new ExpertGraphException($"{at}: kind is empty");
            var relation = ConflictRelationNames.TryParse(kind, out var named) && named is not ConflictRelation.SecondDegree ? named : ConflictRelation.Declared;
            var from = Date(f, 3, at, "from");
            var to = Date(f, 4, at, "to");
            if (from is { } x && to is { } y && y.Latest < x.Earliest) throw new ExpertGraphException($"{at}: to ({y}) is before from ({x})");
            relations.Add(new DeclaredRelation(a, b, relation, kind, from, to, Field(f, 5), $"{Path.GetFileName(path)}:{line}"));
        }

        return relations;
    }

    public static IReadOnlyList<Waiver> ReadWaivers(string path)
    {
        var waivers = new List<Waiver>();
        foreach (var (line, f) in CsvRecords.Read(path, "waivers", "applicant", "reviewer", "relation", "reason", "approver", "time"))
        {
            var at = $"waivers file {path}, line {line}";
            var applicant = Person(f, 0, at, "applicant");
            var reviewer = Person(f, 1, at, "reviewer");
            if (!ConflictRelationNames.TryParse(Field(f, 2), out var relation))
                throw new ExpertGraphException($"{at}: relation '{Field(f, 2)}' is not one of {string.Join(", ", ConflictRelationNames.All)}");
            var reason = Field(f, 3);
            var approver = Field(f, 4);
            if (reason.Length == 0) throw new ExpertGraphException($"{at}: reason is empty (a waiver needs a reason)");
            if (approver.Length == 0) throw new ExpertGraphException($"{at}: approver is empty (a waiver needs an approver)");
            if (!DateTimeOffset.TryParse(Field(f, 5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
                throw new ExpertGraphException($"{at}: time '{Field(f, 5)}' is not an ISO 8601 date and time (a waiver needs a time)");
            waivers.Add(new Waiver(applicant, reviewer, relation, reason, approver, time, $"{Path.GetFileName(path)}:{line}"));
        }

        return waivers;
    }

    public static InstitutionAliases ReadAliases(string path)
    {
        var entries = new List<(string, string)>();
        foreach (var (line, f) in CsvRecords.Read(path, "aliases", "organization", "alias"))
        {
            if (Field(f, 0).Length == 0 || Field(f, 1).Length == 0)
                throw new ExpertGraphException($"aliases file {path}, line {line}: organization and alias must both be given");
            entries.Add((Field(f, 0), Field(f, 1)));
        }

        return new InstitutionAliases(entries);
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static PersonId Person(string[] fields, int index, string at, string name) =>
        PersonId.TryParse(Field(fields, index), out var id) ? id : throw new ExpertGraphException($"{at}: {name} '{Field(fields, index)}' is not a person id (P12 or 12)");

    private static EvidenceDate? Date(string[] fields, int index, string at, string name)
    {
        var text = Field(fields, index);
        if (text.Length == 0) return null;
        return EvidenceDate.TryParse(text) ?? throw new ExpertGraphException($"{at}: {name} '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
}
