using System.Text;
using ExpertGraph.Ingestion.Bibtex;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

public sealed class BibtexParserTests
{
    [Test]
    public void ReadEntries_StringMacrosConcatenationNumbersAndMonths_ExpandsEveryValue()
    {
        const string text = """
            % a comment line, and free text outside entries, which BibTeX ignores
            @String{ jgr = "J. Geophys. Res." }
            @preamble{ "\newcommand{\noopsort}[1]{}" }
            @Comment{jabref-meta: databaseType:bibtex;}
            @ARTICLE{key:1,
              Journal = jgr # { (} # "Letters" # {)},
              title   = "A {"}quoted{"} title, with {braces}",
              year    = 2019,
              month   = may,
              note    = undefinedmacro,
            }
            """;

        var entries = Parse(text);

        Assert.That(entries, Has.Count.EqualTo(1));
        var entry = entries[0];
        Assert.That((entry.Type, entry.Key, entry.Line, entry.Error), Is.EqualTo(("article", "key:1", 5L, (string?)null)));
        Assert.That(entry.Fields["journal"], Is.EqualTo("J. Geophys. Res. (Letters)"));
        Assert.That(entry.Fields["title"], Is.EqualTo("A {\"}quoted{\"} title, with {braces}"));
        Assert.That(entry.Fields["year"], Is.EqualTo("2019"));
        Assert.That(entry.Fields["month"], Is.EqualTo("May"));
        Assert.That(entry.Fields["note"], Is.Empty);
    }

    [Test]
    public void ReadEntries_ParenthesesAndNoFields_AreEntries()
    {
        var entries = Parse("@misc(paren, title = {In parens})\n@book{bare}\n");

        Assert.That(entries.Select(e => (e.Type, e.Key, e.Fields.GetValueOrDefault("title"), e.Error)),
            Is.EqualTo(new[] { ("misc", "paren", (string?)"In parens", (string?)null), ("book", "bare", null, null) }));
    }

    [Test]
    public void ReadEntries_UnclosedBrace_RejectsThatEntryAndResumesAtTheNextLineStartAt()
    {
        // The brace that should close "{closed" is missing: the entry's own '}' closes the title, and the entry runs on.
        const string text = "@article{a, title = {Fine}}\n@article{b,\n  title = {Never {closed},\n  year = 2001\n}\n@article{c, title = {Read}, note = {mail me@example.org}}\n";

        var entries = Parse(text);

        Assert.That(entries.Select(e => (e.Key, e.Line)), Is.EqualTo(new[] { ("a", 1L), ("b", 2L), ("c", 6L) }));
        Assert.That(entries[1].Error, Is.EqualTo("unbalanced braces: the entry is still open where the next entry starts (line 6)"));
        Assert.That(entries[1].RawText, Is.EqualTo("@article{b,\n  title = {Never {closed},\n  year = 2001\n}\n"));
        Assert.That(entries[2].Error, Is.Null);
        Assert.That(entries[2].Fields["note"], Is.EqualTo("mail me@example.org"));
    }

    [TestCase("@article{k, title {No equals}}\n", "expected '=' after field \"title\", found '{'")]
    [TestCase("@article{k, title = {A} year = 2000}\n", "expected ',' or '}' after field \"title\", found 'y'")]
    [TestCase("@article{k title = {A}}\n", "expected ',' after the citation key \"k\", found 't'")]
    [TestCase("@article{k, title = {A}", "the file ends inside the entry")]
    [TestCase("@article{k, title = {A\n", "unbalanced braces: the value opened on line 1 is still open at the end of the file")]
    [TestCase("@article{k, title = {A {b}\n@article{next, title = {B}}\n", "unbalanced braces: the value opened on line 1 is still open where the next entry starts (line 2)")]
    [TestCase("@article{k, title = \"A } b\"}\n", "unbalanced braces: a '}' closes nothing in the value opened on line 1")]
    public void ReadEntries_SyntaxError_SaysWhatIsWrong(string text, string error) =>
        Assert.That(Parse(text)[0].Error, Is.EqualTo(error));

    [Test]
    public void ReadEntries_ByteOffsets_CountUtf8Bytes()
    {
        var entries = Parse("% Schönberg\n@misc{a, title={ä}}  @misc{b, title={b}}\n");

        Assert.That(entries.Select(e => (e.Line, e.ByteOffset)), Is.EqualTo(new[] { (2L, 13L), (2L, 35L) }));
    }

    private static List<BibtexEntry> Parse(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return new BibtexParser(stream).ReadEntries().ToList();
    }
}
