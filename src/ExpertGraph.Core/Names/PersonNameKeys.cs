using System.Text;

namespace ExpertGraph.Core.Names;

/// <summary>
/// Makes the resolver's blocking and full keys (<see cref="PersonNameKey"/>) so that 张伟, 張偉, Zhang Wei, Wei Zhang,
/// ZHANG W., "Zhang, W." and Zhāng Wěi meet. Hanzi names are read with the surname table (单 as a surname is shan) and
/// the hanzi → pinyin table (a given-name character takes its most used reading). A romanized name whose every word is
/// pinyin and whose family or first given word is a listed surname is Chinese: its family name is whichever of the two
/// has the lower surname precedence (so "Wei Zhang" and "Zhang Wei" both give zhang), and its given words are joined
/// ("Xiao-Ming", "Xiao Ming", "Xiaoming" → xiaoming). Other names keep their words, folded like
/// <see cref="PersonNameParser.NormalizeKey"/>. Immutable and thread-safe.
/// </summary>
public sealed partial class PersonNameKeys
{
    /// <summary>Environment variable naming the lexicon folder when no folder is given.</summary>
    public const string LexiconFolderVariable = "EXPERTGRAPH_LEXICON";

    private readonly HanziPinyin _pinyin;
    private readonly ChineseSurnameReadings _surnames;

    internal PersonNameKeys(HanziPinyin pinyin, ChineseSurnameReadings surnames)
    {
        _pinyin = pinyin;
        _surnames = surnames;
    }

    /// <summary>
    /// Loads hanzi-pinyin.tsv and surname-pinyin.tsv from <paramref name="lexiconFolder"/>, else from the folder named by
    /// EXPERTGRAPH_LEXICON, else from lexicon/ beside the application.
    /// </summary>
    public static PersonNameKeys Load(string? lexiconFolder = null)
    {
        var folder = FindLexiconFolder(lexiconFolder);
        return new PersonNameKeys(
            HanziPinyin.Load(Path.Combine(folder, HanziPinyin.FileName)),
            ChineseSurnameReadings.Load(Path.Combine(folder, ChineseSurnameReadings.FileName)));
    }

    /// <summary>The keys of a name as written; throws <see cref="ArgumentException"/> when it holds no name.</summary>
    public PersonNameKey KeyOf(string rawName) => KeyOf(PersonNameParser.Parse(rawName));

    public PersonNameKey KeyOf(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Script == NameScript.Han ? HanKey(name) : RomanizedKey(name);
    }

    private PersonNameKey HanKey(PersonName name)
    {
        var family = _surnames.ReadingOf(name.Family) ?? Read(name.Family);
        var given = Read(name.Given);
        return Keys(family, given, givenInFull: given.Length > 0);
    }

    /// <summary>Each character's most used reading, joined; a character the table lacks is kept as it is.</summary>
    private string Read(string hanzi)
    {
        var text = new StringBuilder(hanzi.Length * 4);
        foreach (var rune in hanzi.EnumerateRunes())
        {
            var readings = _pinyin.Readings(rune);
            if (readings.Count > 0) text.Append(PinyinFolding.Fold(readings[0]));
            else text.Append(rune.ToString());
        }

        return text.ToString();
    }

    /// <summary>The initial is the first letter of <paramref name="given"/>; the full key only when it is written in full.</summary>
    private static PersonNameKey Keys(string family, string given, bool givenInFull)
    {
        var initial = given.Length == 0 ? string.Empty : given.EnumerateRunes().First().ToString();
        return new PersonNameKey(family + "|" + initial, givenInFull ? family + "|" + given : null);
    }

    private static string FindLexiconFolder(string? explicitFolder)
    {
        if (!string.IsNullOrEmpty(explicitFolder)) return explicitFolder;
        var fromEnvironment = Environment.GetEnvironmentVariable(LexiconFolderVariable);
        return string.IsNullOrEmpty(fromEnvironment) ? Path.Combine(AppContext.BaseDirectory, "lexicon") : fromEnvironment;
    }
}
