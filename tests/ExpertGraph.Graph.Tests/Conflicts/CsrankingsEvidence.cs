using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Graph.Tests.Conflicts;

/// <summary>
/// The csrankings 2017 snapshot (test-only licence, read in place) as conflict evidence: each distinct
/// (pair, year, area) of faculty-coauthors.csv is a year-only shared paper of two authors; faculty-affiliations.csv
/// says where each faculty member was in July 2017 (start unknown). Every name is a person, ids in order of first sight.
/// </summary>
internal sealed class CsrankingsEvidence
{
    public const string Folder = "graphs/csrankings/snap-2017-07";

    private readonly Dictionary<string, PersonId> _ids = new(StringComparer.Ordinal);

    private CsrankingsEvidence() { }

    public InMemoryConflictEvidence Evidence { get; } = new();

    /// <summary>Every distinct co-author record: (first name, second name in ordinal order, year).</summary>
    public List<(string A, string B, int Year)> Collaborations { get; } = [];

    public List<string> Faculty { get; } = [];

    public PersonId this[string name] => _ids[name];

    public static CsrankingsEvidence Load(string folder)
    {
        var loaded = new CsrankingsEvidence();
        var seen = new HashSet<(string, string, int, string)>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "faculty-coauthors.csv")).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length != 4) throw new FormatException("unexpected coauthor row: " + line);
            var (a, b) = string.CompareOrdinal(f[0], f[1]) <= 0 ? (f[0], f[1]) : (f[1], f[0]);
            var year = int.Parse(f[2], CultureInfo.InvariantCulture);
            if (!seen.Add((a, b, year, f[3]))) continue;
            loaded.Collaborations.Add((a, b, year));
            loaded.Evidence.AddWork($"csr:{a}|{b}|{year}|{f[3]}", WorkKind.Paper, $"{f[3]} paper", new EvidenceDate(year), [loaded.Id(a), loaded.Id(b)]);
        }

        foreach (var line in File.ReadLines(Path.Combine(folder, "faculty-affiliations.csv")).Skip(1))
        {
            var f = line.Split(',');
            var name = f[0].Trim();
            var institution = f[1].Trim();
            loaded.Faculty.Add(name);
            loaded.Evidence.AddAffiliation(new AffiliationEvidence(loaded.Id(name), institution.ToLowerInvariant(), institution, null, null, new EvidenceDate(2017, 7)));
        }

        return loaded;
    }

    private PersonId Id(string name)
    {
        if (_ids.TryGetValue(name, out var id)) return id;
        id = new PersonId(_ids.Count + 1);
        _ids[name] = id;
        var key = PersonNameParser.TryParse(name, out var parsed) ? PersonNameParser.NormalizeKey(parsed) : name;
        Evidence.AddPerson(new ConflictPerson(id, name, [key]));
        return id;
    }
}
