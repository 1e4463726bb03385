using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Exports;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Query.Shortlists;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Creates an empty shortlist; false when one of that name exists (docs/exports.md).</summary>
    public bool CreateShortlist(string name, string? note, TimeProvider? clock = null) =>
        _store.CreateShortlist(ShortlistName(name), Note(note), (clock ?? TimeProvider.System).GetUtcNow());

    /// <summary>
    /// Appends persons to a shortlist (a person already on it keeps its place; a note given replaces theirs); returns how
    /// many were added. An id naming no person is an <see cref="UnknownPersonException"/> (saying whom a merged-away id
    /// now is), and nothing is added; an unknown list is a <see cref="StoreException"/>.
    /// </summary>
    public int AddToShortlist(string name, IReadOnlyList<PersonId> persons, string? note, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var known = _store.GetPersons(persons).Select(p => p.Id).ToHashSet();
        foreach (var person in persons)
        {
            if (!known.Contains(person)) throw new UnknownPersonException(person, _store.RedirectOf(person));
        }

        return _store.AddToShortlist(ShortlistName(name), persons, Note(note), (clock ?? TimeProvider.System).GetUtcNow());
    }

    /// <summary>Takes persons off a shortlist; returns how many were on it.</summary>
    public int RemoveFromShortlist(string name, IReadOnlyCollection<PersonId> persons) => _store.RemoveFromShortlist(ShortlistName(name), persons);

    /// <summary>Deletes a shortlist; false when there is none of that name.</summary>
    public bool DeleteShortlist(string name) => _store.DeleteShortlist(ShortlistName(name));

    /// <summary>
    /// A shortlist with its entries in list order (null: none of that name); an entry whose person a curator merged away
    /// since names the person it now is (a person on the list twice that way is listed once, at the first place).
    /// </summary>
    public Shortlist? GetShortlist(string name) => _store.GetShortlist(ShortlistName(name)) is { } list ? Current(list) : null;

    /// <summary>Every shortlist by name, entries as <see cref="GetShortlist"/>.</summary>
    public IReadOnlyList<Shortlist> GetShortlists() => [.. _store.GetShortlists().Select(Current)];

    /// <summary>A shortlist as the table its export holds (<see cref="ShortlistTable"/>); a <see cref="StoreException"/> for an unknown list.</summary>
    public ExportTable GetShortlistTable(string name, ShortlistExportOptions? options = null)
    {
        options ??= new ShortlistExportOptions();
        var problems = options.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        var list = GetShortlist(name) ?? throw new StoreException($"no shortlist is named '{name.Trim()}'");
        var profileOptions = new ProfileOptions { Works = 0, Coauthors = 0, ConceptsPerLevel = options.ConceptsPerLevel, Time = options.Time };
        return ShortlistTable.Build(list, GetExpertProfiles([.. list.Entries.Select(e => e.Person)], profileOptions), options);
    }

    /// <summary>Writes a shortlist's table to <paramref name="output"/> as CSV or XLSX (docs/exports.md).</summary>
    public void ExportShortlist(string name, TableFormat format, Stream output, ShortlistExportOptions? options = null)
    {
        var table = GetShortlistTable(name, options);
        if (format == TableFormat.Xlsx) XlsxTableWriter.Write(table, output, name.Trim());
        else CsvTableWriter.Write(table, output);
    }

    private Shortlist Current(Shortlist list)
    {
        var seen = new HashSet<PersonId>();
        var entries = new List<ShortlistEntry>();
        foreach (var entry in list.Entries)
        {
            var person = _store.RedirectOf(entry.Person) ?? entry.Person;
            if (seen.Add(person)) entries.Add(entry with { Person = person, Position = entries.Count + 1 });
        }

        return list with { Entries = entries };
    }

    private static string ShortlistName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 200) throw new StoreException("a shortlist needs a name of 1 to 200 characters");
        return trimmed;
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
