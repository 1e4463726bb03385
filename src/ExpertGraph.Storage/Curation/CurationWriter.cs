using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Storage.Curation;

/// <summary>
/// Curator decisions in the caller's write transaction, the same SQL on both stores: a refusal throws
/// <see cref="CurationException"/> and the caller rolls everything back, so a refused decision writes nothing. Each
/// decision is logged first; its log row lists the persons it names (curation_persons), which the checks then use as
/// the set of persons involved.
/// </summary>
internal sealed partial class CurationWriter(DbConnection connection, DbTransaction transaction)
{
    private readonly CurationSql _sql = new(connection, transaction);

    /// <summary>Sets the flag that makes the next ingest rebuild the derived tables (statistics, collaborations).</summary>
    public void MarkDerivedStale() =>
        _sql.Execute("INSERT INTO store_flags (name, value) VALUES ('derived_stale', 1) ON CONFLICT (name) DO UPDATE SET value = 1");

    private long Log(CurationNote note, CurationAction action, string detail, IEnumerable<PersonId> persons)
    {
        note.Validate();
        var at = (note.At ?? TimeProvider.System.GetUtcNow()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var id = _sql.ScalarInt64(
            "INSERT INTO curation_log (at, curator, action, reason, detail) VALUES (@at, @curator, @action, @reason, @detail) RETURNING id",
            ("@at", at), ("@curator", note.Curator.Trim()), ("@action", ActionName(action)), ("@reason", note.Reason.Trim()), ("@detail", detail))
            ?? throw new StoreException("INSERT INTO curation_log returned no id");
        foreach (var person in persons.Distinct())
            _sql.Execute("INSERT INTO curation_persons (person_id, log_id) VALUES (@p, @log)", ("@p", person.Value), ("@log", id));
        return id;
    }

    internal static string ActionName(CurationAction action) => action switch
    {
        CurationAction.Merge => "merge",
        CurationAction.Split => "split",
        CurationAction.Pin => "pin",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>A live person's display name; an unknown or merged-away one is refused with what became of it.</summary>
    private string RequireLive(PersonId person)
    {
        var name = _sql.Query("SELECT display_name FROM persons WHERE id = @p", r => r.GetString(0), ("@p", person.Value));
        if (name.Count > 0) return name[0];
        if (_sql.ScalarInt64("SELECT to_person FROM person_redirects WHERE from_person = @p", ("@p", person.Value)) is { } target)
            throw new CurationException($"person {person} was merged into {new PersonId(target)}: use {new PersonId(target)}");
        throw new CurationException($"unknown person {person}");
    }

    /// <summary>The stored mention, or a refusal naming it.</summary>
    private StoredMention RequireMention(MentionRef mention)
    {
        var found = _sql.Query("""
            SELECT a.person_id, a.raw_name, a.institution_id, w.source, w.source_id
            FROM authorships a JOIN works w ON w.id = a.work_id
            WHERE a.work_id = @w AND a.position = @pos
            """,
            r => new StoredMention(mention, new PersonId(r.GetInt64(0)), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2), new SourceKey(r.GetString(3), r.GetString(4))),
            ("@w", mention.Work.Value), ("@pos", mention.Position));
        if (found.Count > 0) return found[0];
        var work = _sql.Query("SELECT source, source_id FROM works WHERE id = @w", r => new SourceKey(r.GetString(0), r.GetString(1)), ("@w", mention.Work.Value));
        throw new CurationException(work.Count == 0
            ? $"unknown work {mention.Work}"
            : $"work {work[0]} has no author at position {mention.Position.ToString(CultureInfo.InvariantCulture)}");
    }

    private void MoveMention(StoredMention mention, PersonId to) =>
        PersonRowMoves.MoveMention(_sql, mention.Ref.Work, mention.Ref.Position, mention.WorkKey, mention.Person, mention.RawName, to);

    private void Pin(MentionRef mention, PersonId person, long log) => _sql.Execute("""
        INSERT INTO mention_pins (work_id, position, person_id, log_id) VALUES (@w, @pos, @p, @log)
        ON CONFLICT (work_id, position) DO UPDATE SET person_id = excluded.person_id, log_id = excluded.log_id
        """, ("@w", mention.Work.Value), ("@pos", mention.Position), ("@p", person.Value), ("@log", log));

    private void Separate(PersonId a, PersonId b, long log) => _sql.Execute(
        "INSERT INTO person_separations (person_a, person_b, log_id) VALUES (@a, @b, @log) ON CONFLICT DO NOTHING",
        ("@a", Math.Min(a.Value, b.Value)), ("@b", Math.Max(a.Value, b.Value)), ("@log", log));

    public void PinMention(MentionRef mention, PersonId person, CurationNote note)
    {
        note.Validate();
        RequireLive(person);
        var stored = RequireMention(mention);
        var detail = stored.Person == person
            ? $"{stored.Reference} on {person}"
            : $"{stored.Reference} to {person} (was {stored.Person})";
        var log = Log(note, CurationAction.Pin, detail, [person, stored.Person]);
        if (stored.Person != person) MoveMention(stored, person);
        Pin(mention, person, log);
    }

    public PersonId SplitPerson(PersonId person, IReadOnlyList<MentionRef> mentions, CurationNote note)
    {
        note.Validate();
        RequireLive(person);
        if (mentions.Count == 0) throw new CurationException($"a split of {person} needs at least one mention to move");
        var stored = new List<StoredMention>(mentions.Count);
        foreach (var mention in mentions.Distinct())
        {
            var found = RequireMention(mention);
            if (found.Person != person) throw new CurationException($"mention {found.Reference} is not on {person} (it is on {found.Person})");
            stored.Add(found);
        }

        var first = stored[0];
        var name = PersonNameParser.Parse(first.RawName);
        var country = first.Institution is { } institution
            ? _sql.Query("SELECT country_code FROM institutions WHERE id = @i", r => CurationSql.Text(r, 0), ("@i", institution)).FirstOrDefault()
            : null;
        var created = new PersonId(_sql.ScalarInt64("""
            INSERT INTO persons (display_name, family_name, given_name, name_key, orcid, institution_id, country_code)
            VALUES (@display, @family, @given, @key, NULL, @institution, @country) RETURNING id
            """,
            ("@display", name.Display), ("@family", name.Family), ("@given", name.Given), ("@key", PersonNameParser.NormalizeKey(name)),
            ("@institution", first.Institution), ("@country", country)) ?? throw new StoreException("INSERT INTO persons returned no id"));
        var detail = $"{string.Join(", ", stored.Select(m => m.Reference))} from {person} to new {created}";
        var log = Log(note, CurationAction.Split, detail, [person, created]);
        foreach (var mention in stored)
        {
            MoveMention(mention, created);
            Pin(mention.Ref, created, log);
        }

        Separate(person, created, log);
        return created;
    }

    private sealed record StoredMention(MentionRef Ref, PersonId Person, string RawName, long? Institution, SourceKey WorkKey)
    {
        public string Reference => $"{WorkKey}#{Ref.Position.ToString(CultureInfo.InvariantCulture)}";
    }
}
