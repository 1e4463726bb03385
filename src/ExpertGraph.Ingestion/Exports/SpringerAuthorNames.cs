using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// Springer Link's CSV export runs its authors together with no separator at all: "Araz R. AlievNigar T. Ismayilova",
/// "Prof. Rafik A. AlievProf. Dr. Janusz Kacprzyk". A new name starts where a lower-case letter is followed directly by
/// an upper-case one ("AlievNigar"), or where a period ending a word is followed directly by a capital ("Jr.Jane"),
/// except after "Mc", "Mac" and "Fitz" ("McIntosh"). Academic titles before a name ("Prof.", "Dr.", "Prof. Dr.") are
/// dropped. A family name in capitals run into the next given name ("LIUJane") cannot be told apart and stays one name.
/// </summary>
internal static partial class SpringerAuthorNames
{
    /// <summary>
    /// Name beginnings followed by a capital inside one name ("McIntosh", "MacDonald", "FitzGerald"). Particles such as
    /// "De" or "Le" are not among them: "DeLuca" is rarer in author lists than a family name "De" or "Le" followed by the
    /// next author ("Sourav DeJohn Smith"), so a join after them is read as a new name.
    /// </summary>
    private static readonly FrozenSet<string> InnerCapitalPrefixes = new[] { "Mc", "Mac", "Fitz" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<string> Split(string? value)
    {
        var text = ExportText.Value(value);
        if (text is null) return [];

        var names = new List<string>();
        var current = new StringBuilder();
        var wordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsUpper(c) && StartsNewName(text, i, wordStart))
            {
                Add(names, current.ToString());
                current.Clear();
                wordStart = i;
            }

            if (c is ' ' or '-') wordStart = i + 1;
            current.Append(c);
        }

        Add(names, current.ToString());
        return names;
    }

    private static bool StartsNewName(string text, int i, int wordStart)
    {
        var previous = text[i - 1];
        if (char.IsLower(previous)) return !InnerCapitalPrefixes.Contains(text[wordStart..i]);
        // "Jr.Jane": a period after a word of two letters or more (not an initial "R.A." nor an academic title).
        if (previous == '.' && i - 1 - wordStart >= 2)
        {
            var word = text[wordStart..(i - 1)];
            return word.Any(char.IsLower) && !AcademicTitle().IsMatch(word + ".");
        }

        return false;
    }

    private static void Add(List<string> names, string name)
    {
        var withoutTitles = LeadingTitles().Replace(name.Trim(), string.Empty).Trim();
        if (withoutTitles.Length > 0) names.Add(withoutTitles);
    }

    [GeneratedRegex(@"^(?:(?:Prof|Dr|Drs|Mr|Mrs|Ms|Assoc|Asst|Hon|Sir|Dame|PD|Priv\.-Doz|Dr\.-Ing|Dr\. h\. c|Prof\. em)\.?(?:\s+|$))+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTitles();

    [GeneratedRegex(@"^(?:Prof|Dr|Drs|Mr|Mrs|Ms|Assoc|Asst|Hon|Sir|Dame|Ing|Doz)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicTitle();
}
