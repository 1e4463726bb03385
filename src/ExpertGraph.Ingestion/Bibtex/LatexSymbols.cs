using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>What LaTeX commands in bibliography text stand for: accents, special letters, symbols, and commands with no text.</summary>
internal static class LatexSymbols
{
    /// <summary>Accent commands and the combining mark each puts on the letter after it.</summary>
    public static readonly FrozenDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["c"] = '\u0327', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331', ["t"] = '\u0361',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands that are one character or word of text: special letters, symbols, logos, Greek letters.</summary>
    public static readonly FrozenDictionary<string, string> Text = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}",
        [" "] = " ", [","] = " ", [";"] = " ", [":"] = " ", ["\\"] = " ", ["quad"] = " ", ["qquad"] = " ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["copyright"] = "©", ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["S"] = "§", ["P"] = "¶", ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€",
        ["textdegree"] = "°", ["degree"] = "°", ["textmu"] = "µ", ["textbackslash"] = "\\", ["textasciitilde"] = "~",
        ["textasciicircum"] = "^", ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["textbullet"] = "•", ["textperiodcentered"] = "·", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["textexclamdown"] = "¡", ["textquestiondown"] = "¿", ["times"] = "×", ["pm"] = "±", ["cdot"] = "·",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["approx"] = "≈", ["infty"] = "∞",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["prime"] = "′", ["circ"] = "∘", ["sim"] = "∼",
        ["TeX"] = "TeX", ["LaTeX"] = "LaTeX", ["LaTeXe"] = "LaTeX2e", ["BibTeX"] = "BibTeX",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands whose braced argument is never text a reader sees (\noopsort{a} only sorts; \href's first argument is the link).</summary>
    public static readonly FrozenSet<string> DropArgument = new[] { "noopsort", "href", "cite", "label", "ref" }.ToFrozenSet(StringComparer.Ordinal);
}
