using System.Security.Cryptography;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// A binary cache of a lexicon folder: its concepts, terms and compiled automaton, so that a program start skips
/// parsing 300K TSV rows and compiling them. The file carries a format version, the SHA-256 of the source files
/// (and of any extra terms) it was built from, and the SHA-256 of its own body; a file that is missing, stale,
/// truncated or corrupted is rebuilt from the TSV files and rewritten, never trusted and never a crash. A cache
/// that cannot be written (read-only folder) is only a slower start.
/// </summary>
public static class CompiledLexicon
{
    public const string FileName = "lexicon.compiled.bin";

    // Raise when the layout of the body changes (a new build of the code invalidates caches anyway, see SourceHash).
    private const int FormatVersion = 2;
    private const int HashLength = 32;
    private static readonly byte[] Magic = "EGLEXBIN"u8.ToArray();
    private static readonly int HeaderLength = Magic.Length + 4 + HashLength + 8 + HashLength;

    /// <param name="folder">The lexicon folder (concepts.tsv, terms.tsv, optional alignments.tsv and trad-simp.tsv).</param>
    /// <param name="cacheFolder">Where the cache file lives; null: in <paramref name="folder"/>.</param>
    /// <param name="contentHash">The folder's <see cref="LexiconSources.ContentHash"/> with these extra terms, when the caller has it already.</param>
    public static LexiconLoadResult Load(string folder, string? cacheFolder = null, IEnumerable<LexiconTerm>? extraTerms = null, byte[]? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var extras = extraTerms?.ToList() ?? [];
        var table = LexiconLoader.LoadTable(folder);
        var sourceHash = SourceHash(contentHash ?? LexiconSources.ContentHash(folder, extras));
        var path = Path.Combine(cacheFolder ?? folder, FileName);
        if (TryRead(path, sourceHash) is { } cached)
            return new LexiconLoadResult(new ConceptTagger(cached.Lexicon, cached.Automaton, table), FromCache: true);

        var lexicon = new Lexicon(LexiconFiles.Read(folder));
        var automaton = ConceptAutomatonBuilder.Build(lexicon, extras, table);
        TryWrite(path, sourceHash, lexicon, automaton);
        return new LexiconLoadResult(new ConceptTagger(lexicon, automaton, table), FromCache: false);
    }

    private static byte[] SourceHash(byte[] contentHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(FormatVersion));

        // The build of this code: normalization and compilation rules live in it, so a changed rule (or stop list)
        // makes every cache stale without anyone remembering to raise FormatVersion. Deterministic builds keep the id
        // stable while the code is unchanged.
        hash.AppendData(typeof(CompiledLexicon).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.AppendData(contentHash);
        return hash.GetHashAndReset();
    }

    private static (Lexicon Lexicon, ConceptAutomaton Automaton)? TryRead(string path, byte[] sourceHash)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HeaderLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
            var offset = Magic.Length;
            if (BitConverter.ToInt32(bytes, offset) != FormatVersion) return null;
            offset += 4;
            if (!bytes.AsSpan(offset, HashLength).SequenceEqual(sourceHash)) return null;
            offset += HashLength;
            if (BitConverter.ToInt64(bytes, offset) != bytes.Length - HeaderLength) return null;
            offset += 8;
            var bodyHash = bytes.AsSpan(offset, HashLength);
            if (!SHA256.HashData(bytes.AsSpan(HeaderLength)).AsSpan().SequenceEqual(bodyHash)) return null;
            var reader = new CompiledLexiconReader(bytes, HeaderLength);
            var lexicon = new Lexicon(CompiledLexiconData.ReadFrom(reader));
            var automaton = ConceptAutomaton.ReadFrom(reader, lexicon.Concepts.Count);
            return reader.AtEnd ? (lexicon, automaton) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return null; // unreadable or inconsistent: rebuild
        }
    }

    private static void TryWrite(string path, byte[] sourceHash, Lexicon lexicon, ConceptAutomaton automaton)
    {
        var writer = new CompiledLexiconWriter();
        CompiledLexiconData.WriteTo(writer, lexicon);
        automaton.WriteTo(writer);
        var body = writer.ToBody();
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(temporary))
            {
                file.Write(Magic);
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(sourceHash);
                file.Write(BitConverter.GetBytes((long)body.Length));
                file.Write(SHA256.HashData(body));
                file.Write(body);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only lexicon folder: the next start compiles again, nothing worse.
            try { File.Delete(temporary); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
        }
    }
}
