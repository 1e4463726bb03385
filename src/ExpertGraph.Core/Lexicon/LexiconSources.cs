using System.Security.Cryptography;
using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The SHA-256 of what a loaded lexicon is made of: its folder's files (concepts, terms, alignments, the traditional
/// table) and any extra (mined) terms. One reading of the files serves both the compiled cache's key and the
/// version a store records its tags with.
/// </summary>
public static class LexiconSources
{
    public static byte[] ContentHash(string folder, IReadOnlyList<LexiconTerm> extras)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(extras);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        foreach (var name in new[] { LexiconFiles.ConceptsFile, LexiconFiles.TermsFile, LexiconFiles.AlignmentsFile, TraditionalChineseTable.FileName })
        {
            var path = Path.Combine(folder, name);
            hash.AppendData(Encoding.UTF8.GetBytes(name + (File.Exists(path) ? "\n" : "\tabsent\n")));
            if (!File.Exists(path)) continue;
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }

        foreach (var term in extras)
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\t', term.ConceptId, term.Text, term.Language, term.Kind, term.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture), term.Source) + "\n"));
        return hash.GetHashAndReset();
    }

    /// <summary>A content hash as the positive 64-bit version a store keeps.</summary>
    public static long Version(byte[] contentHash) => BitConverter.ToInt64(contentHash) & long.MaxValue;
}
