using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Query;

/// <summary>The lexicon a workspace tags and expands with: its tagger, its folder, and a version that changes with its files.</summary>
public sealed record LoadedLexicon(ConceptTagger Tagger, string Folder, long Version, int MinedTerms)
{
    /// <summary>The concept with this id, else every concept the text names (in zh or en); empty when it names none.</summary>
    public IReadOnlyList<int> FindConcepts(string text)
    {
        var trimmed = text?.Trim() ?? "";
        return Tagger.Lexicon.TryFind(trimmed, out var byId) ? [byId] : [.. Tagger.Tag(trimmed).Select(m => m.Concept).Distinct()];
    }

    public int Level(string conceptId) => Tagger.Lexicon.TryFind(conceptId, out var index) ? Tagger.Lexicon.Concepts[index].Level : int.MaxValue;

    /// <summary>"中文 / English", or the id for a concept the lexicon does not have.</summary>
    public string Label(string conceptId) =>
        Tagger.Lexicon.TryFind(conceptId, out var index)
            ? string.Join(" / ", new[] { Tagger.Lexicon.Concepts[index].LabelZh, Tagger.Lexicon.Concepts[index].LabelEn }.Where(l => l.Length > 0))
            : conceptId;
}
