using ExpertGraph.Core.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Every person's dated works and co-authors as time series (<see cref="CareerHistory"/>), from the person facts, with
    /// the works whose source gives a citation count and each work's venue read from the store in the same streamed read
    /// of the works (venues told apart by their name, case and spacing ignored).
    /// </summary>
    public CareerHistory LoadCareerHistory(CancellationToken cancellationToken)
    {
        var cited = new HashSet<long>();
        var venueOfWork = new Dictionary<long, int>();
        var venues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var work in _store.ReadWorks(cancellationToken))
        {
            if (work.Work.CitationCount is not null) cited.Add(work.Id.Value);
            if (TextNormalizer.NormalizeOrNull(work.Work.Venue) is { } venue)
            {
                if (!venues.TryGetValue(venue, out var index)) venues[venue] = index = venues.Count;
                venueOfWork[work.Id.Value] = index;
            }
        }

        return CareerHistoryBuilder.FromFacts(LoadPersonFacts(cancellationToken).Facts, cited, venueOfWork);
    }

    /// <summary>A person's record year by year (<see cref="PersonTimeline"/>); <see cref="UnknownPersonException"/> for an unknown id.</summary>
    public PersonTimeline GetTimeline(PersonId person)
    {
        var summary = _store.GetPersons([person]).SingleOrDefault() ?? throw new UnknownPersonException(person, _store.RedirectOf(person));
        return new PersonTimelineBuilder(_store, LoadPersonFacts(CancellationToken.None).Facts, Lexicon?.Tagger.Lexicon).Build(person, summary.DisplayName);
    }

    /// <summary>
    /// The fields a scout's text names: a lexicon concept id, or the label (English or Chinese, case ignored) of a
    /// discipline; a deeper concept stands for its disciplines. Text the lexicon does not know is taken as a field id
    /// as it is (a per-year source's own field names).
    /// </summary>
    public IReadOnlySet<string> ResolveFields(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var lexicon = Lexicon?.Tagger.Lexicon;
        var fields = new HashSet<string>(StringComparer.Ordinal);
        if (lexicon is null) return new HashSet<string>(StringComparer.Ordinal) { text.Trim() };
        var wanted = text.Trim();
        var matches = lexicon.TryFind(wanted, out var found)
            ? [found]
            : Enumerable.Range(0, lexicon.Concepts.Count).Where(i =>
                string.Equals(lexicon.Concepts[i].LabelEn, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(lexicon.Concepts[i].LabelZh, wanted, StringComparison.Ordinal)).ToList();
        foreach (var concept in matches)
            foreach (var field in lexicon.WeighAtLevel([(lexicon.Concepts[concept].Id, 1.0)], Search.Careers.PersonFacts.FieldLevel).Keys)
                fields.Add(lexicon.Concepts[field].Id);
        if (fields.Count == 0) fields.Add(wanted);
        return fields;
    }

    /// <summary>The label of a field id (null: not a lexicon concept).</summary>
    public string? FieldLabel(string field) =>
        Lexicon?.Tagger.Lexicon is { } lexicon && lexicon.TryFind(field, out var concept) ? lexicon.Concepts[concept].Label() : null;

    /// <summary>Rising persons of the fields (<see cref="TrendReport"/>), from models trained on this store's own history.</summary>
    public TrendReport GetTrends(CareerHistory history, IReadOnlySet<string> fields, string? countryCode, int horizon, int limit, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        return GrowthTrends.Compute(history, fields, countryCode, horizon, limit, seed, Describe, FieldLabel);
    }

    /// <summary>Rising persons of the fields from a backtest already run (<see cref="GrowthTrends.Backtest"/>): the server keeps one per history.</summary>
    public TrendReport GetTrends(CareerHistory history, GrowthBacktestResult backtest, IReadOnlySet<string> fields, string? countryCode, int limit)
    {
        ArgumentNullException.ThrowIfNull(history);
        return GrowthTrends.Compute(history, backtest, fields, countryCode, limit, Describe, FieldLabel);
    }

    /// <summary>
    /// Whether resolved fields (<see cref="ResolveFields"/>) name something: a lexicon concept, or the field of a person of
    /// the history (a per-year source's own field names). False for text that is neither.
    /// </summary>
    public bool IsKnownField(IReadOnlySet<string> fields, CareerHistory history)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(history);
        if (fields.Any(field => FieldLabel(field) is not null)) return true;
        for (var row = 0; row < history.PersonCount; row++)
            if (history.Field(row) is { } field && fields.Contains(field)) return true;
        return false;
    }

    /// <summary>
    /// Moves between institutions and countries of the persons of the fields (all persons when null); with a country,
    /// only the moves from or to it (ISO code, case ignored).
    /// </summary>
    public static FlowSummary GetFlows(CareerHistory history, IReadOnlySet<string>? fields, int periodYears, int institutions, string? countryCode = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        bool Include(int row) => fields is null || (history.Field(row) is { } field && fields.Contains(field));
        var persons = Enumerable.Range(0, history.PersonCount).Where(Include).ToList();
        var withAffiliations = persons.Count(row => history.Works(row).Any(w => w.Institution >= 0));
        var moves = AffiliationMoves.Of(history, Include);
        if (countryCode is not null)
        {
            moves = [.. moves.Where(m => string.Equals(m.FromCountry, countryCode, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.ToCountry, countryCode, StringComparison.OrdinalIgnoreCase))];
        }

        return FlowSummary.Of(history, moves, persons.Count, withAffiliations, periodYears, institutions);
    }

    private (string? Name, string? Institution) Describe(long person) =>
        _store.GetPersons([new PersonId(person)]).SingleOrDefault() is { } summary ? (summary.DisplayName, null) : (null, null);
}
