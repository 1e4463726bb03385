using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Storage.Curation;

internal sealed partial class CurationWriter
{
    // The merged-away persons of this decision: its redirects, written before everything that moves their rows.
    private const string Sources = "(SELECT from_person FROM person_redirects WHERE log_id = @log)";

    // Everyone the decision names (target and sources): its curation_persons rows.
    private const string Named = "(SELECT person_id FROM curation_persons WHERE log_id = @log)";

    public void MergePersons(PersonId target, IReadOnlyCollection<PersonId> sources, CurationNote note)
    {
        note.Validate();
        var distinct = sources.Distinct().ToList();
        if (distinct.Count == 0) throw new CurationException($"a merge into {target} needs at least one person to merge");
        if (distinct.Contains(target)) throw new CurationException($"cannot merge {target} into itself");
        RequireLive(target);
        foreach (var source in distinct) RequireLive(source);

        var detail = $"{string.Join(", ", distinct)} into {target}";
        var log = Log(note, CurationAction.Merge, detail, [target, .. distinct]);
        RefuseSeparated(log);
        RefuseTwoOrcids(log);

        _sql.Execute($"INSERT INTO person_redirects (from_person, to_person, log_id) SELECT person_id, @t, @log FROM {Named} n WHERE n.person_id <> @t",
            ("@t", target.Value), ("@log", log));
        PersonRowMoves.MoveEverything(_sql, Sources, ("@log", log), target);
    }

    private void RefuseSeparated(long log)
    {
        var separated = _sql.Query($"""
            SELECT s.person_a, s.person_b, s.log_id FROM person_separations s
            WHERE s.person_a IN {Named} AND s.person_b IN {Named}
            ORDER BY s.person_a, s.person_b
            """, r => (A: new PersonId(r.GetInt64(0)), B: new PersonId(r.GetInt64(1)), Log: r.GetInt64(2)), ("@log", log));
        if (separated.Count == 0) return;
        var (a, b, by) = separated[0];
        throw new CurationException($"cannot merge: {a} and {b} were separated by a curator (curation #{by.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }

    private void RefuseTwoOrcids(long log)
    {
        var orcids = _sql.Query($"""
            SELECT p.id, p.orcid FROM persons p WHERE p.id IN {Named} AND p.orcid IS NOT NULL
            UNION
            SELECT k.person_id, substr(k.key, 7) FROM person_keys k WHERE k.key >= 'orcid:' AND k.key < 'orcid;' AND k.person_id IN {Named}
            """, r => (Person: new PersonId(r.GetInt64(0)), Orcid: NormalizeOrcid(r.GetString(1))), ("@log", log));
        var distinct = orcids.Where(o => o.Orcid.Length > 0).DistinctBy(o => o.Orcid).OrderBy(o => o.Orcid, StringComparer.Ordinal).ToList();
        if (distinct.Count < 2) return;
        throw new CurationException(
            $"cannot merge: it would put two ORCIDs on one person ({string.Join(", ", distinct.Select(o => $"{o.Orcid} of {o.Person}"))})");
    }

    private static string NormalizeOrcid(string orcid)
    {
        var text = orcid.Trim();
        var slash = text.LastIndexOf('/');
        return (slash >= 0 ? text[(slash + 1)..] : text).ToUpperInvariant();
    }
}
