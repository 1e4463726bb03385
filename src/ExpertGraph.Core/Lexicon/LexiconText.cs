namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The normalization that lexicon terms and tagged text both go through, so that they meet: NFKC (full-width →
/// half-width, ligatures split), case folding with the invariant culture, traditional → simplified Chinese, and every
/// run of whitespace, punctuation and symbols as one space (so "non-small-cell" = "non small cell"); format
/// characters such as the soft hyphen vanish. Each normalized character remembers the original span it came from,
/// so matches report original positions. A reusable buffer: <see cref="Load"/> replaces the content; one instance
/// per thread. No regular expressions and no allocation per character (NFKC of a lone character is cached).
/// </summary>
public sealed class LexiconText
{
    private char[] _folded = new char[256];
    private char[] _cased = new char[256];
    private int[] _start = new int[256];
    private int[] _end = new int[256];
    private bool _separatorPending;
    private int _separatorStart;
    private int _separatorEnd;

    public LexiconText(TraditionalChineseTable? table = null) => Table = table ?? TraditionalChineseTable.Empty;

    public TraditionalChineseTable Table { get; }

    public int Length { get; private set; }

    /// <summary>The normalized text, lower-cased: what patterns are matched against.</summary>
    public ReadOnlySpan<char> Folded => _folded.AsSpan(0, Length);

    /// <summary>The same characters before case folding: acronyms are checked against it.</summary>
    public ReadOnlySpan<char> Cased => _cased.AsSpan(0, Length);

    internal char[] FoldedBuffer => _folded;

    internal char[] CasedBuffer => _cased;

    /// <summary>Normalizes a term or a text to its folded form (convenience for terms and tests; allocates the result).</summary>
    public static string Normalize(string text, TraditionalChineseTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new LexiconText(table);
        normalized.Load(text);
        return normalized.Folded.ToString();
    }

    /// <summary>The original span [start, start+length) that normalized characters [start, start+length) came from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Length);
        var originalStart = _start[start];
        return (originalStart, _end[start + length - 1] - originalStart);
    }

    public void Load(ReadOnlySpan<char> text)
    {
        Length = 0;
        _separatorPending = false;
        if (_folded.Length < text.Length) Grow(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // A combining mark after a character may compose with it under NFKC: such pairs take the slow path.
            var nextIsMark = i + 1 < text.Length && text[i + 1] >= '\u0300' && LexiconChars.IsCombiningMark(text[i + 1]);
            if (c < 0x80 && !nextIsMark)
            {
                AppendAscii(c, i);
                i++;
            }
            else if (c is >= '\uFF01' and <= '\uFF5E' && !nextIsMark)
            {
                AppendAscii((char)(c - 0xFEE0), i); // full-width ASCII: what NFKC would give, without the call
                i++;
            }
            else if (LexiconChars.IsNfkcStableHan(c) && !nextIsMark)
            {
                AppendContent(Table.ToSimplified(c), i, i + 1);
                i++;
            }
            else
            {
                i = AppendSegment(text, i);
            }
        }
    }

    public override string ToString() => Folded.ToString();

    // A character with the combining marks after it (or a surrogate pair): NFKC may compose or expand it.
    private int AppendSegment(ReadOnlySpan<char> text, int i)
    {
        var end = i + 1;
        if (char.IsHighSurrogate(text[i]) && end < text.Length && char.IsLowSurrogate(text[end])) end++;
        while (end < text.Length && LexiconChars.IsCombiningMark(text[end])) end++;
        var normalized = end == i + 1
            ? LexiconChars.Nfkc(text[i])
            : LexiconChars.NfkcOrSelf(text[i..end].ToString()); // rare: accents typed as combining marks
        foreach (var c in normalized)
        {
            switch (LexiconChars.Role(c))
            {
                case CharRole.Content:
                    AppendContent(Table.ToSimplified(c), i, end);
                    break;
                case CharRole.Separator:
                    AppendSeparator(i, end);
                    break;
                case CharRole.Dropped:
                    break;
            }
        }

        return end;
    }

    private void AppendAscii(char c, int position)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9') AppendCased(c, c, position, position + 1);
        else if (c is >= 'A' and <= 'Z') AppendCased(c, (char)(c | 0x20), position, position + 1);
        else AppendSeparator(position, position + 1);
    }

    private void AppendContent(char c, int start, int end) => AppendCased(c, LexiconChars.ToLower(c), start, end);

    private void AppendSeparator(int start, int end)
    {
        if (!_separatorPending)
        {
            _separatorPending = true;
            _separatorStart = start;
        }

        _separatorEnd = end;
    }

    private void AppendCased(char cased, char folded, int start, int end)
    {
        if (_separatorPending)
        {
            _separatorPending = false;
            if (Length > 0) Put(' ', ' ', _separatorStart, _separatorEnd);
        }

        Put(cased, folded, start, end);
    }

    private void Put(char cased, char folded, int start, int end)
    {
        if (Length == _folded.Length) Grow(Length + 1);
        _cased[Length] = cased;
        _folded[Length] = folded;
        _start[Length] = start;
        _end[Length] = end;
        Length++;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, _folded.Length * 2);
        Array.Resize(ref _folded, size);
        Array.Resize(ref _cased, size);
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
    }
}
