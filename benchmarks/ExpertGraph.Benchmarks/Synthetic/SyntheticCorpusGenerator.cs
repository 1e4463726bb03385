using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Writes a synthetic corpus of OpenAlex works as JSON lines for scale benchmarks. Persons, groups and careers are
/// drawn once from the seed; each file then draws its works from its own seed derived from the run's seed and its
/// number, so files can be written in parallel and the output is byte-identical for the same seed and options.
/// </summary>
public static class SyntheticCorpusGenerator
{
    private const string FilePattern = "works-*.jsonl";
    private const int StreamBuffer = 1 << 20;
    private const int LineBuffer = 64 << 10;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Hanzi and accented names as UTF-8, like OpenAlex's own exports, not \u escapes.
        Encoder = EncodedFragments.Encoder,
        SkipValidation = true,
    };

    /// <summary>Writes <c>works-00000.jsonl</c>, <c>works-00001.jsonl</c>, … into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    /// <exception cref="IOException">The folder already holds works-*.jsonl files, which would mix two corpora.</exception>
    public static SyntheticCorpusSummary Write(string outputDirectory, SyntheticCorpusOptions options, NameSources names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentNullException.ThrowIfNull(names);

        var folder = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFiles(folder, FilePattern).Any())
            throw new IOException($"{folder} already holds {FilePattern} files; write a synthetic corpus into an empty folder.");

        var population = PopulationBuilder.Build(options, names, new Random(options.Seed));
        var fragments = EncodedFragments.Build(population, names);
        var files = new string[options.FileCount];
        var bytes = new long[files.Length];
        var authorships = new long[files.Length];
        var appeared = new bool[population.Count];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, file =>
        {
            files[file] = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"works-{file:D5}.jsonl"));
            (bytes[file], authorships[file]) = WriteFile(files[file], file, options, names, population, fragments, appeared);
        });

        return new SyntheticCorpusSummary(files, options.Works, appeared.Count(seen => seen), authorships.Sum(), bytes.Sum());
    }

    private static (long Bytes, long Authorships) WriteFile(string path, int file, SyntheticCorpusOptions options, NameSources names,
        Population population, EncodedFragments fragments, bool[] appeared)
    {
        var random = new Random(FileSeed(options.Seed, file));
        var planner = new WorkPlanner(population, options, names.Faculty.Institutions);
        var composer = new WorkTextComposer(population, names, options);
        var writer = new OpenAlexWorkWriter(population, names, fragments);
        var plan = new WorkPlan();
        var first = (long)file * options.WorksPerFile;
        var end = Math.Min(options.Works, first + options.WorksPerFile);
        long authorships = 0;

        // The JSON writer fills a memory buffer: flushing it straight to the file would flush the file once per line.
        var line = new ArrayBufferWriter<byte>(LineBuffer);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, StreamBuffer);
        using var json = new Utf8JsonWriter(line, JsonOptions);
        for (var index = (int)first; index < end; index++)
        {
            planner.Plan(index, random, plan);
            composer.Compose(plan, random);
            writer.Write(json, plan);
            json.Flush();
            stream.Write(line.WrittenSpan);
            stream.WriteByte((byte)'\n');
            line.ResetWrittenCount();
            json.Reset();
            authorships += plan.Team.Count;
            // Racing writers only ever store true, and Parallel.For's join publishes the stores.
            foreach (var person in plan.Team) appeared[person] = true;
        }

        stream.Flush();
        return (stream.Length, authorships);
    }

    /// <summary>SplitMix64 of (seed, file): neighbouring files get unrelated streams, unlike seed + file.</summary>
    private static int FileSeed(int seed, int file)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)file) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
