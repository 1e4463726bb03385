using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// One curator entry read from its fields, in the column order of the curator files (<see cref="CuratorFileReader"/>):
/// declared relations <c>a,b,kind,from,to,note</c>, waivers <c>applicant,reviewer,relation,reason,approver,time</c>,
/// institution aliases <c>organization,alias</c>. Every problem of an entry is added to <c>problems</c>, prefixed with
/// where the entry was (<c>at</c>), and the entry is then null: the CLI's CSV lines and the API's JSON bodies are
/// checked by the same rules and report every bad field at once.
/// </summary>
public static class CuratorEntries
{
    public static DeclaredRelation? Relation(IReadOnlyList<string?> fields, string at, string source, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var a = Person(fields, 0, at, "a", problems);
        var b = Person(fields, 1, at, "b", problems);
        var kind = Field(fields, 2);
        if (kind.Length == 0) problems.Add($"{at}: kind is empty");
        // A kind the policy names (advisor, advisee, coauthor, …) is that relation; any other (family, …) is a declared one.
        var relation = ConflictRelationNames.TryParse(kind, out var named) && named is not ConflictRelation.SecondDegree ? named : ConflictRelation.Declared;
        var from = Date(fields, 3, at, "from", problems);
        var to = Date(fields, 4, at, "to", problems);
        if (from is { } x && to is { } y && y.Latest < x.Earliest) problems.Add($"{at}: to ({y}) is before from ({x})");
        return problems.Count > before ? null : new DeclaredRelation(a!.Value, b!.Value, relation, kind, from, to, Field(fields, 5), source);
    }

    public static Waiver? Waiver(IReadOnlyList<string?> fields, string at, string source, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var applicant = Person(fields, 0, at, "applicant", problems);
        var reviewer = Person(fields, 1, at, "reviewer", problems);
        if (!ConflictRelationNames.TryParse(Field(fields, 2), out var relation))
            problems.Add($"{at}: relation '{Field(fields, 2)}' is not one of {string.Join(", ", ConflictRelationNames.All)}");
        var reason = Field(fields, 3);
        var approver = Field(fields, 4);
        if (reason.Length == 0) problems.Add($"{at}: reason is empty (a waiver needs a reason)");
        if (approver.Length == 0) problems.Add($"{at}: approver is empty (a waiver needs an approver)");
        if (!DateTimeOffset.TryParse(Field(fields, 5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            problems.Add($"{at}: time '{Field(fields, 5)}' is not an ISO 8601 date and time (a waiver needs a time)");
        return problems.Count > before ? null : new Waiver(applicant!.Value, reviewer!.Value, relation, reason, approver, time, source);
    }

    public static InstitutionAlias? Alias(IReadOnlyList<string?> fields, string at, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (Field(fields, 0).Length > 0 && Field(fields, 1).Length > 0) return new InstitutionAlias(Field(fields, 0), Field(fields, 1));
        problems.Add($"{at}: organization and alias must both be given");
        return null;
    }

    private static string Field(IReadOnlyList<string?> fields, int index) => index < fields.Count ? fields[index]?.Trim() ?? "" : "";

    private static PersonId? Person(IReadOnlyList<string?> fields, int index, string at, string name, ICollection<string> problems)
    {
        if (PersonId.TryParse(Field(fields, index), out var id)) return id;
        problems.Add($"{at}: {name} '{Field(fields, index)}' is not a person id (P12 or 12)");
        return null;
    }

    private static EvidenceDate? Date(IReadOnlyList<string?> fields, int index, string at, string name, ICollection<string> problems)
    {
        var text = Field(fields, index);
        if (text.Length == 0) return null;
        if (EvidenceDate.TryParse(text) is { } date) return date;
        problems.Add($"{at}: {name} '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return null;
    }
}
