using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A stored work's words and its persons, as the semantic index reads them (<see cref="IExpertStore.ReadWorkTexts"/>):
/// title, keywords and abstract, and each person once in authorship order.
/// </summary>
public sealed record WorkText(WorkId Id, string Title, IReadOnlyList<string> Keywords, string? Abstract, IReadOnlyList<PersonId> Persons)
{
    /// <summary>The work's words as one text: title, keywords, abstract.</summary>
    public string Text => Join(Title, Keywords, Abstract);

    /// <summary>The words of <paramref name="work"/> and its persons, as read back from the store.</summary>
    public static WorkText Of(StoredWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return new WorkText(work.Id, work.Work.Title, work.Work.Keywords, work.Work.Abstract, work.Persons);
    }

    /// <summary>Title, keywords and abstract joined, the parts that are empty left out.</summary>
    public static string Join(string title, IEnumerable<string> keywords, string? @abstract) =>
        string.Join(" \n ", new[] { title }.Concat(keywords).Append(@abstract ?? "").Where(part => part.Length > 0));
}
