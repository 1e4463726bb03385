using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Curation;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Storage.Resolution;

/// <summary>
/// What a batch re-resolution writes, in the caller's write transaction, the same SQL on both stores: mentions moved
/// between persons, persons retired into a successor, and each person's confidence and flags. Moves share their SQL with
/// curation (<see cref="PersonRowMoves"/>); unlike a curator's decision nothing is logged, and a retirement's redirect
/// carries log id 0, which no curation_log row has.
/// </summary>
internal sealed class PersonResolutionWriter(DbConnection connection, DbTransaction transaction)
{
    /// <summary>The log id of redirects written by re-resolution: not a curator decision.</summary>
    public const long ReResolutionLogId = 0;

    private readonly CurationSql _sql = new(connection, transaction);

    public void MoveMention(WorkId work, int position, PersonId to)
    {
        var found = _sql.Query("""
            SELECT a.person_id, a.raw_name, w.source, w.source_id
            FROM authorships a JOIN works w ON w.id = a.work_id
            WHERE a.work_id = @w AND a.position = @pos
            """,
            r => (Person: new PersonId(r.GetInt64(0)), RawName: r.GetString(1), WorkKey: new SourceKey(r.GetString(2), r.GetString(3))),
            ("@w", work.Value), ("@pos", position));
        if (found.Count == 0)
            throw new StoreException($"cannot move mention {work}#{position.ToString(CultureInfo.InvariantCulture)}: work {work} has no authorship at position {position.ToString(CultureInfo.InvariantCulture)}");
        var (from, rawName, workKey) = found[0];
        if (from == to) return;
        PersonRowMoves.MoveMention(_sql, work, position, workKey, from, rawName, to);
    }

    public void RetirePerson(PersonId retired, PersonId successor)
    {
        if (retired == successor) throw new StoreException($"cannot retire person {retired} into itself");
        if (RedirectOf(retired) is { } earlier) throw new StoreException($"person {retired} was already redirected to {earlier}");
        if (!Exists(retired)) throw new StoreException($"cannot retire unknown person {retired}");
        if (!Exists(successor))
        {
            throw new StoreException(RedirectOf(successor) is { } target
                ? $"cannot retire {retired} into {successor}: {successor} was redirected to {target}"
                : $"cannot retire {retired} into unknown person {successor}");
        }

        var mentions = _sql.ScalarInt64("SELECT COUNT(*) FROM authorships WHERE person_id = @p", ("@p", retired.Value)) ?? 0;
        if (mentions > 0) throw new StoreException($"person {retired} still has {mentions.ToString(CultureInfo.InvariantCulture)} mentions");

        _sql.Execute("INSERT INTO person_redirects (from_person, to_person, log_id) VALUES (@r, @t, @log)",
            ("@r", retired.Value), ("@t", successor.Value), ("@log", ReResolutionLogId));
        PersonRowMoves.MoveEverything(_sql, "(@r)", ("@r", retired.Value), successor);
    }

    public void SetResolution(PersonId person, PersonResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(resolution.Flags);
        if (!(resolution.Confidence is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution.Confidence, "a resolution confidence lies in [0, 1]");
        if (resolution.Flags.Any(flag => flag is null)) throw new ArgumentException("a resolution flag is null", nameof(resolution));
        var flags = JsonSerializer.Serialize(resolution.Flags, StoreJson.Default.IReadOnlyListString);
        var updated = _sql.Execute("UPDATE persons SET resolution_confidence = @c, resolution_flags = @f WHERE id = @p",
            ("@c", resolution.Confidence), ("@f", flags), ("@p", person.Value));
        if (updated == 0) throw new StoreException($"cannot store the resolution of unknown person {person}");
    }

    /// <summary>
    /// See <see cref="Core.Storage.IStoreWriteSession.AddConfidenceEvidence"/>: one prepared UPDATE
    /// (<see cref="CurationSql.Prepare"/>), run once per person, which counts the person's mentions itself.
    /// </summary>
    public void AddConfidenceEvidence(IReadOnlyCollection<ConfidenceEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var item in evidence)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(evidence));
            if (item.Mentions <= 0) throw new ArgumentOutOfRangeException(nameof(evidence), item.Mentions, $"evidence for person {item.Person} counts no mention");
            if (!(item.Sum / item.Mentions is >= 0 and <= 1))
                throw new ArgumentOutOfRangeException(nameof(evidence), item.Sum / item.Mentions, $"the evidence for person {item.Person} has a mean outside [0, 1]");
        }

        // c.total counts the evidence's mentions too; the stored mean stands for the others.
        using var command = _sql.Prepare("""
            UPDATE persons SET resolution_confidence = CASE
                WHEN persons.resolution_confidence IS NULL OR c.total <= @n THEN @mean
                ELSE (persons.resolution_confidence * (c.total - @n) + @sum) / c.total END
            FROM (SELECT COUNT(*) AS total FROM authorships WHERE person_id = @p) c
            WHERE persons.id = @p
            """, ("@mean", 0.0), ("@sum", 0.0), ("@n", 0L), ("@p", 0L));
        foreach (var item in evidence)
        {
            command.Parameters[0].Value = item.Sum / item.Mentions;
            command.Parameters[1].Value = item.Sum;
            command.Parameters[2].Value = (long)item.Mentions;
            command.Parameters[3].Value = item.Person.Value;
            if (command.ExecuteNonQuery() == 0) throw new StoreException($"cannot store the confidence of unknown person {item.Person}");
        }
    }

    /// <summary>
    /// Applies a retirement to redirects a write session loaded (null: not loaded yet) as the store applied it: one step,
    /// earlier redirects to the retired person now lead to the successor.
    /// </summary>
    public static void ApplyRetirement(Dictionary<PersonId, PersonId>? redirects, PersonId retired, PersonId successor)
    {
        if (redirects is null) return;
        foreach (var (from, to) in redirects.ToList())
            if (to == retired) redirects[from] = successor;
        redirects[retired] = successor;
    }

    private bool Exists(PersonId person) => _sql.ScalarInt64("SELECT id FROM persons WHERE id = @p", ("@p", person.Value)) is not null;

    private PersonId? RedirectOf(PersonId person) =>
        _sql.ScalarInt64("SELECT to_person FROM person_redirects WHERE from_person = @p", ("@p", person.Value)) is { } to ? new PersonId(to) : null;
}
