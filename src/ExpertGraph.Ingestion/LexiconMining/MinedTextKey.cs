using System.Text;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// The key mined and curated texts are compared by: NFKC (full-width → half-width), invariant lower case, one space
/// between words. Mining only needs "the same words, any case"; the tagger's normalizer also folds traditional Chinese.
/// </summary>
internal static class MinedTextKey
{
    public static string Of(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var key = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace) key.Append(' ');
            pendingSpace = false;
            key.Append(c);
        }

        return key.ToString();
    }
}
