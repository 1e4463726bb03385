using System.Text;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// Parses BibTeX and BibLaTeX: <c>@type{key, name = {braced {nested}} # "quoted" # 2019 # macro, …}</c> (or with
/// parentheses), @string macros (the month abbreviations predefined), @preamble and @comment read and dropped, text
/// between entries ignored as BibTeX does. Entries come one at a time. A broken entry (an unbalanced brace, a missing
/// '=' or ',') comes with its <see cref="BibtexEntry.Error"/>; parsing resumes at the next '@' that starts a line,
/// which is also where an entry still open is cut off, so one bad brace costs one entry, not the rest of the file.
/// </summary>
internal sealed class BibtexParser
{
    private const int RawTextLimit = 1 << 20;

    private readonly BibtexSource _source;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    private readonly StringBuilder _raw = new();
    private string? _error;

    public BibtexParser(Stream stream) => _source = new BibtexSource(stream);

    /// <summary>The entries of the file in order; @string, @preamble and @comment are not entries (a broken one is).</summary>
    public IEnumerable<BibtexEntry> ReadEntries(CancellationToken cancellationToken = default)
    {
        while (SkipToEntryStart())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = _source.Line;
            var offset = _source.ByteOffset;
            _raw.Clear();
            _error = null;
            Take();
            var type = ReadName().ToLowerInvariant();
            SkipWhitespace();
            if (type.Length == 0 || _source.Peek() is not ('{' or '('))
                continue;
            var close = Take() == '{' ? '}' : ')';
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var key = string.Empty;
            var read = type switch
            {
                "comment" => SkipComment(close),
                "preamble" => ReadValue(close, out _),
                "string" => ReadFields(close, fields),
                _ => ReadKey(close, out key) && ReadFields(close, fields),
            };

            if (read && type == "string")
            {
                foreach (var (name, value) in fields) _macros[name] = value;
                continue;
            }

            if (!read) Resynchronize();
            else if (type is "comment" or "preamble") continue;
            yield return new BibtexEntry(type, key, fields, line, offset, RawText()) { Error = read ? null : _error };
        }
    }

    /// <summary>Skips text outside entries up to the next '@'; false at the end of the file.</summary>
    private bool SkipToEntryStart()
    {
        while (true)
        {
            var c = _source.Peek();
            if (c == BibtexSource.End) return false;
            if (c == '@') return true;
            _source.Read();
        }
    }

    private bool ReadKey(char close, out string key)
    {
        SkipWhitespace();
        var text = new StringBuilder();
        while (_source.Peek() is var c and not BibtexSource.End && c != ',' && c != close && !char.IsWhiteSpace((char)c))
            text.Append((char)Take());
        key = text.ToString();
        SkipWhitespace();
        if (_source.Peek() == ',' || _source.Peek() == close) return true;
        return Fail($"expected ',' after the citation key \"{key}\", found {Describe(_source.Peek())}");
    }

    /// <summary>Fields up to the closing delimiter: name = value, separated by commas (a trailing comma allowed).</summary>
    private bool ReadFields(char close, Dictionary<string, string> fields)
    {
        while (true)
        {
            SkipWhitespace();
            var c = _source.Peek();
            if (c == close)
            {
                Take();
                return true;
            }

            if (c == ',')
            {
                Take();
                continue;
            }

            if (IsCutOff()) return FailCutOff();
            var name = ReadName().ToLowerInvariant();
            if (name.Length == 0) return Fail($"expected a field name, found {Describe(c)}");
            SkipWhitespace();
            if (_source.Peek() != '=') return Fail($"expected '=' after field \"{name}\", found {Describe(_source.Peek())}");
            Take();
            if (!ReadValue(close, out var value)) return false;
            // BibTeX keeps the first of two fields of one name.
            fields.TryAdd(name, value);
            SkipWhitespace();
            if (IsCutOff()) return FailCutOff();
            if (_source.Peek() != ',' && _source.Peek() != close)
                return Fail($"expected ',' or '{close}' after field \"{name}\", found {Describe(_source.Peek())}");
        }
    }

    /// <summary>A value: parts (braced, quoted, a number or a macro name) joined by '#'.</summary>
    private bool ReadValue(char close, out string value)
    {
        var text = new StringBuilder();
        value = string.Empty;
        while (true)
        {
            SkipWhitespace();
            var c = _source.Peek();
            if (c == '{' || c == '"')
            {
                Take();
                if (!ReadDelimited(c == '{' ? '}' : '"', text)) return false;
            }
            else if (c != BibtexSource.End && char.IsAsciiDigit((char)c))
            {
                while (_source.Peek() is var digit and not BibtexSource.End && char.IsAsciiDigit((char)digit)) text.Append((char)Take());
            }
            else
            {
                var macro = ReadName();
                if (macro.Length == 0) return Fail($"expected a value, found {Describe(c)}");
                // An undefined macro is empty, as in BibTeX (which warns).
                text.Append(_macros.GetValueOrDefault(macro, string.Empty));
            }

            SkipWhitespace();
            if (_source.Peek() != '#') break;
            Take();
        }

        value = text.ToString();
        return true;
    }

    /// <summary>
    /// The text up to <paramref name="end"/> at brace depth 0, inner braces kept. An '@' opening a line means the next
    /// entry has begun: this one's braces never closed.
    /// </summary>
    private bool ReadDelimited(char end, StringBuilder text)
    {
        var depth = 0;
        var startLine = _source.Line;
        while (true)
        {
            if (_source.AtLineStart && _source.Peek() == '@')
                return Fail($"unbalanced braces: the value opened on line {startLine} is still open where the next entry starts (line {_source.Line})");
            var c = Take();
            if (c == BibtexSource.End) return Fail($"unbalanced braces: the value opened on line {startLine} is still open at the end of the file");
            if (c == end && depth == 0) return true;
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return Fail($"unbalanced braces: a '}}' closes nothing in the value opened on line {startLine}");
            text.Append((char)c);
        }
    }

    /// <summary>@comment{…}: skipped to its closing delimiter, braces balanced, as biber does.</summary>
    private bool SkipComment(char close)
    {
        var depth = 0;
        while (true)
        {
            if (_source.AtLineStart && _source.Peek() == '@') return Fail("unbalanced braces in @comment");
            var c = Take();
            if (c == BibtexSource.End) return Fail("the file ends inside @comment");
            if (c == close && depth == 0) return true;
            if (c == '{') depth++;
            else if (c == '}') depth--;
        }
    }

    /// <summary>After a broken entry: its raw text runs to the next '@' that starts a line, or the end of the file.</summary>
    private void Resynchronize()
    {
        while (_source.Peek() != BibtexSource.End && !(_source.AtLineStart && _source.Peek() == '@')) Take();
    }

    /// <summary>An entry type, field name or macro name: anything up to a delimiter, '=', ',', '#' or whitespace.</summary>
    private string ReadName()
    {
        var name = new StringBuilder();
        while (_source.Peek() is var c and not BibtexSource.End && !char.IsWhiteSpace((char)c) && c is not ('{' or '}' or '(' or ')' or '=' or ',' or '#' or '"' or '%' or '\'' or '@' or '~'))
            name.Append((char)Take());
        return name.ToString();
    }

    private void SkipWhitespace()
    {
        while (_source.Peek() is var c and not BibtexSource.End && char.IsWhiteSpace((char)c)) Take();
    }

    /// <summary>Reads one character, keeping it in the entry's raw text.</summary>
    private int Take()
    {
        var c = _source.Read();
        if (c != BibtexSource.End && _raw.Length < RawTextLimit) _raw.Append((char)c);
        return c;
    }

    /// <summary>The file ends, or the next entry begins, where this entry should go on.</summary>
    private bool IsCutOff() => _source.Peek() == BibtexSource.End || (_source.AtLineStart && _source.Peek() == '@');

    private bool FailCutOff() => _source.Peek() == BibtexSource.End
        ? Fail("the file ends inside the entry")
        : Fail($"unbalanced braces: the entry is still open where the next entry starts (line {_source.Line})");

    private bool Fail(string error)
    {
        _error = error;
        return false;
    }

    private string RawText() => _raw.Length < RawTextLimit ? _raw.ToString() : _raw + "\n[raw text cut at 1 MiB]";

    private static string Describe(int c) => c == BibtexSource.End ? "the end of the file" : $"'{(char)c}'";
}
