using System.Globalization;
using BenchmarkDotNet.Attributes;
using ExpertGraph.Benchmarks.Ingest;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph.Conflicts;

namespace ExpertGraph.Benchmarks.Conflicts;

/// <summary>
/// Conflict checks, engine time on preloaded evidence: the csrankings 2017 snapshot (56K co-author rows, 10K faculty
/// affiliations; read in place) in memory; 10 applicants (the faculty with the most co-author rows since 2013) × 1,000
/// reviewers (their faculty co-authors since 2009 first, then other faculty), NSF policy at 2017-06-30, every rule on,
/// second-degree warnings included.
/// </summary>
[MemoryDiagnoser]
public class ConflictCheckBenchmarks
{
    private ConflictChecker _checker = null!;
    private ConflictRequest _request = null!;
    private ConflictRequest _withoutSecondDegree = null!;

    [Params(1000)]
    public int Reviewers { get; set; }

    [GlobalSetup]
    public void Load()
    {
        var evidence = new InMemoryConflictEvidence();
        var ids = new Dictionary<string, PersonId>(StringComparer.Ordinal);
        PersonId Id(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                ids[name] = id = new PersonId(ids.Count + 1);
                evidence.AddPerson(new ConflictPerson(id, name, [name.ToLowerInvariant()]));
            }

            return id;
        }

        var rows = new List<(string A, string B, int Year)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(BenchmarkData.Records("../graphs/csrankings/snap-2017-07/faculty-coauthors.csv")).Skip(1))
        {
            var f = line.Split(',');
            var (a, b) = string.CompareOrdinal(f[0], f[1]) <= 0 ? (f[0], f[1]) : (f[1], f[0]);
            var reference = $"{a}|{b}|{f[2]}|{f[3]}";
            if (!seen.Add(reference)) continue;
            var year = int.Parse(f[2], CultureInfo.InvariantCulture);
            rows.Add((a, b, year));
            evidence.AddWork(reference, WorkKind.Paper, f[3] + " paper", new EvidenceDate(year), [Id(a), Id(b)]);
        }

        var faculty = new List<string>();
        foreach (var line in File.ReadLines(BenchmarkData.Records("../graphs/csrankings/snap-2017-07/faculty-affiliations.csv")).Skip(1))
        {
            var f = line.Split(',');
            faculty.Add(f[0].Trim());
            evidence.AddAffiliation(new AffiliationEvidence(Id(f[0].Trim()), f[1].Trim().ToLowerInvariant(), f[1].Trim(), null, null, new EvidenceDate(2017, 7)));
        }

        var facultySet = faculty.ToHashSet(StringComparer.Ordinal);
        var applicants = rows.Where(r => r.Year >= 2013).SelectMany(r => new[] { r.A, r.B }).Where(facultySet.Contains)
            .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10).Select(g => g.Key).ToList();
        var planted = rows.Where(r => r.Year >= 2009 && (applicants.Contains(r.A) || applicants.Contains(r.B))).SelectMany(r => new[] { r.A, r.B }).Where(facultySet.Contains);
        var reviewers = planted.Concat(faculty).Except(applicants).Distinct(StringComparer.Ordinal).Take(Reviewers).ToList();
        _checker = new ConflictChecker(evidence);
        _request = new ConflictRequest([.. applicants.Select(Id)], [.. reviewers.Select(Id)], ConflictPolicy.Nsf, new DateOnly(2017, 6, 30));
        _withoutSecondDegree = _request with { Policy = ConflictPolicy.Nsf with { Rules = [.. ConflictPolicy.Nsf.Rules.Where(r => r.Relation != ConflictRelation.SecondDegree)] } };
        var report = _checker.Check(_request);
        Console.WriteLine($"// {report.Pairs.Count} pairs: {report.Pairs.Count(p => p.Verdict == ConflictVerdict.Conflict)} conflict, "
            + $"{report.Pairs.Count(p => p.Verdict == ConflictVerdict.Clear)} clear, {report.Pairs.Count(p => p.Verdict == ConflictVerdict.Unknown)} unknown, "
            + $"{report.Pairs.Sum(p => p.Flags.Count)} flags");
    }

    [Benchmark]
    public ConflictReport Check10ApplicantsBy1000Reviewers() => _checker.Check(_request);

    /// <summary>The same without the second-degree rule: what finding co-authors in common costs.</summary>
    [Benchmark]
    public ConflictReport WithoutSecondDegree() => _checker.Check(_withoutSecondDegree);
}
