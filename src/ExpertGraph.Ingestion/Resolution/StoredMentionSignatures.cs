using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Resolution;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// The signature the model compares, from what the store keeps of a mention (<see cref="BlockMention"/>): affiliations as
/// the authorship's affiliation text, the source's author id scoped by source, concepts from the title through the
/// lexicon's tagger (as the model was trained), tagged once per work. New mentions at ingest and stored ones go through
/// the same reading, so that a person's stored papers and its new ones look alike to the model.
/// </summary>
public sealed class StoredMentionSignatures(ConceptTagger? tagger)
{
    private readonly Dictionary<long, KeyValuePair<int, float>[]> _titleConcepts = [];

    /// <summary>Forgets the concepts tagged so far (work ids of a rolled-back transaction may be handed out again).</summary>
    public void Forget() => _titleConcepts.Clear();

    public MentionSignature Of(BlockMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var (id, work) = IdOf(mention.Work, mention.Position);
        return Of(mention, TitleConcepts(mention.Work, mention.Title), id, work);
    }

    /// <summary>
    /// The signatures of a work's mentions before the store has given the work its id, as <see cref="Of"/> reads them
    /// once it is written, its title tagged once for all of them. Their id is <see cref="UnwrittenId"/> and they name no
    /// work: the resolver sets both when it has the work's id. Keeps nothing, so that the read stage can call it while the
    /// write stage uses <see cref="Of"/>.
    /// </summary>
    public MentionSignature[] OfUnwritten(Work work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var concepts = Tagged(work.Title);
        var signatures = new MentionSignature[work.Authors.Count];
        for (var i = 0; i < signatures.Length; i++) signatures[i] = Of(StoredForm(work, default, work.Authors[i]), concepts, UnwrittenId, null);
        return signatures;
    }

    /// <summary>The id of <see cref="OfUnwritten"/>'s signatures (one string for all: they are many while they wait).</summary>
    public const string UnwrittenId = "unwritten";

    private static MentionSignature Of(BlockMention mention, KeyValuePair<int, float>[] concepts, string id, string? work)
    {
        return new MentionSignature(id, mention.RawName)
        {
            WorkId = work,
            Coauthors = mention.Coauthors,
            Affiliations = mention.Affiliation is { } affiliation
                ? affiliation.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
            Orcid = mention.Orcid,
            Email = mention.Email,
            SourceAuthorId = mention.SourceAuthorId is { Length: > 0 } sourceId ? $"src:{mention.Source}:{sourceId}" : null,
            Venue = mention.Venue,
            Title = mention.Title,
            Year = mention.Year,
            Classifications = mention.Classifications,
            Concepts = concepts,
        };
    }

    /// <summary>A stored mention's signature id ("work#position") and its work's id as the signature writes them.</summary>
    public static (string Id, string Work) IdOf(WorkId work, int position)
    {
        var text = WorkTextOf(work);
        return (IdOf(text, position), text);
    }

    /// <summary>A work's id as signatures write it: made once for all of a work's mentions, they share the string.</summary>
    public static string WorkTextOf(WorkId work) => work.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The signature id of the mention at <paramref name="position"/> of the work written <paramref name="workText"/> (<see cref="WorkTextOf"/>).</summary>
    public static string IdOf(string workText, int position) => workText + "#" + position.ToString(CultureInfo.InvariantCulture);

    /// <summary>A mention of a work being written, as the store will keep it (the pipeline's authorship row and the work).</summary>
    public static BlockMention StoredForm(Work work, WorkId workId, AuthorMention mention)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(mention);
        return new(workId, mention.Position, default, mention.RawName)
        {
            Source = work.Key.Source,
            Affiliation = mention.Affiliations.Count == 0 ? null : string.Join(" | ", mention.Affiliations.Select(a => a.RawText)),
            Email = mention.Email,
            Orcid = mention.Orcid,
            SourceAuthorId = mention.SourceAuthorId,
            Title = work.Title,
            Venue = work.Venue,
            Year = work.Year,
            Classifications = [.. work.Classifications.Select(c => c.Scheme + ":" + c.Code)],
            Coauthors = [.. work.Authors.Where(a => a.Position != mention.Position).Select(a => a.RawName)],
        };
    }

    private KeyValuePair<int, float>[] TitleConcepts(WorkId work, string? title)
    {
        if (tagger is null || string.IsNullOrWhiteSpace(title)) return [];
        if (_titleConcepts.TryGetValue(work.Value, out var concepts)) return concepts;
        concepts = Tagged(title);
        _titleConcepts[work.Value] = concepts;
        return concepts;
    }

    private KeyValuePair<int, float>[] Tagged(string? title) =>
        tagger is null || string.IsNullOrWhiteSpace(title)
            ? []
            : [.. tagger.Profile(title).Select(c => new KeyValuePair<int, float>(c.Concept, (float)c.Weight))];
}
