using ExpertGraph.Ingestion.Bibtex;

namespace ExpertGraph.Ingestion.Tests.Bibtex;

public sealed class LatexTextTests
{
    [TestCase(@"Sch{\""o}nberg", "Schönberg")]
    [TestCase(@"Sch\""{o}nberg", "Schönberg")]
    [TestCase(@"Ren\'{e} and Ren{\'e}e", "René and Renée")]
    [TestCase(@"Fran\c{c}ois, {\c c}a", "François, ça")]
    [TestCase(@"Stra{\ss}e and \ss{}e", "Straße and ße")]
    [TestCase(@"{\o}stergaard \AA{}ngstr\""om", "østergaard Ångström")]
    [TestCase(@"Dvo\v{r}\'ak, Erd\H{o}s, \u{g}", "Dvořák, Erdős, ğ")]
    [TestCase(@"\'{\i}ndice", "índice")]
    [TestCase(@"{\L}ukasiewicz", "Łukasiewicz")]
    public void ToText_Accents_BecomeComposedLetters(string raw, string expected) =>
        Assert.That(LatexText.ToText(raw), Is.EqualTo(expected));

    [TestCase("Financing {Biodiversity} {Conservation}", "Financing Biodiversity Conservation")]
    [TestCase("A {Guide} to {(PINC)}", "A Guide to (PINC)")]
    [TestCase("D.~E. Knuth", "D. E. Knuth")]
    [TestCase("pages 1996--2004 --- and -\\/- too", "pages 1996–2004 — and -- too")]
    [TestCase("``quoted'' `single'", "“quoted” ‘single'")]
    [TestCase(@"R\&D, 80\%, US\$ 5, \#1, a\_b", "R&D, 80%, US$ 5, #1, a_b")]
    [TestCase(@"\emph{Homo} \textit{sapiens} {\em in vivo}", "Homo sapiens in vivo")]
    [TestCase(@"$\alpha$-helix and $^{13}$C", "α-helix and ^13C")]
    [TestCase("Going\\,?", "Going ?")]
    [TestCase("Lines\n    wrapped  here", "Lines wrapped here")]
    [TestCase(@"\href{https://x.org}{the site} \noopsort{a}Zeta", "the site Zeta")]
    [TestCase(@"\unknowncommand{kept} text", "kept text")]
    public void ToText_BracesTildesDashesAndCommands_BecomePlainText(string raw, string expected) =>
        Assert.That(LatexText.ToText(raw), Is.EqualTo(expected));

    [TestCase(@"https://example.org/a\_b\%20{c}", "https://example.org/a_b%20c")]
    [TestCase("10.1016/s0048-9697(99)00312-5", "10.1016/s0048-9697(99)00312-5")]
    public void Verbatim_UrlOrDoi_KeepsDashesAndDropsEscapes(string raw, string expected) =>
        Assert.That(LatexText.Verbatim(raw), Is.EqualTo(expected));

    [Test]
    public void ToText_Blank_IsNull() => Assert.That(LatexText.ToText("  {} "), Is.Null);
}
