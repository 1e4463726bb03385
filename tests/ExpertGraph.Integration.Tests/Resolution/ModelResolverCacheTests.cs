using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Resolution;

/// <summary>
/// The model resolver's block cache and the profiles it stores, on real records: a run that must let blocks go (a limit
/// of a few mentions) decides as one that keeps every block, since an evicted block is read again from the store's
/// profiles as the cache held it; a stored profile decodes to what profiling the stored mention gives; and a store whose
/// rows carry no profile (written before they were stored) resolves new works as one whose rows do.
/// </summary>
[TestFixture]
public sealed class ModelResolverCacheTests
{
    private static readonly Lazy<(ResolutionModel Model, PersonNameKeys Names)> Shipped = new(() => (ResolutionModel.Load(), PersonNameKeys.Load()));

    /// <summary>The three files hold 3,774 mentions.</summary>
    private const int MentionsAtLeast = 3_000;

    [Test]
    public async Task A_run_that_evicts_blocks_resolves_every_mention_as_a_run_that_keeps_them()
    {
        // 200 OpenAlex works (several authors each), a DBLP sample (many names sharing a block: "Zhang, W."-like keys) and
        // an NSFC grant list (Chinese names).
        string[] inputs =
        [
            SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv"),
        ];
        using var temp = new TempDataFolder();

        var (kept, keptResolver) = await Ingest(Path.Combine(temp.Root, "kept"), inputs, ModelAuthorResolver.MaxCachedMentions);
        var (evicted, evictingResolver) = await Ingest(Path.Combine(temp.Root, "evicted"), inputs, maxCachedMentions: 8);

        Assert.That(keptResolver.Evictions, Is.Zero);
        Assert.That(evictingResolver.Evictions, Is.GreaterThan(10), "the small limit made the run let blocks go, again and again");
        Assert.That(evictingResolver.ProfiledBlocks, Is.Zero, "every evicted block was read back from its stored profiles");
        Assert.That(evictingResolver.DecodedBlocks, Is.GreaterThan(keptResolver.DecodedBlocks));
        Assert.That(evicted.Count, Is.EqualTo(kept.Count).And.GreaterThan(MentionsAtLeast));
        Assert.That(evicted, Is.EqualTo(kept));
    }

    [Test]
    public async Task Hard_linked_mentions_leave_their_blocks_unread_and_every_mention_resolves_as_when_they_were_read()
    {
        // Every OpenAlex author carries an OpenAlex id: after an author's first work the id decides, and the block need
        // not be read for it. The DBLP and NSFC names carry no id, and share blocks with the OpenAlex ones.
        string[] inputs =
        [
            SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv"),
            RepositoryPaths.Path("samples/openalex"),
        ];
        using var temp = new TempDataFolder();

        var (reading, readingResolver) = await Ingest(Path.Combine(temp.Root, "reading"), inputs, maxCachedMentions: 8, readsBlocksOfHardLinks: true);
        var (sparing, sparingResolver) = await Ingest(Path.Combine(temp.Root, "sparing"), inputs, maxCachedMentions: 8, readsBlocksOfHardLinks: false);

        Assert.That(sparingResolver.Counts.HardLinked, Is.GreaterThan(100), "OpenAlex ids link the repeated authors");
        Assert.That(sparingResolver.DecodedBlocks, Is.LessThan(readingResolver.DecodedBlocks));
        Assert.That(sparing.Count, Is.EqualTo(reading.Count).And.GreaterThan(MentionsAtLeast));
        Assert.That(sparing, Is.EqualTo(reading));
    }

    [Test]
    public async Task Profiles_made_on_the_read_stage_resolve_and_store_every_mention_as_profiles_made_while_writing()
    {
        // The pipeline asks the resolver to profile each work on its read stage (Prepare); a resolver not asked makes the
        // same profiles on the write stage. Titles are tagged with the shipped lexicon, as the CLI's ingest does.
        string[] inputs =
        [
            SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv"),
        ];
        using var temp = new TempDataFolder();
        var tagger = ExpertGraph.Core.Lexicon.LexiconLoader.Load();

        var (prepared, preparing) = await Ingest(Path.Combine(temp.Root, "prepared"), inputs, ModelAuthorResolver.MaxCachedMentions, tagger: tagger);
        var (unprepared, _) = await Ingest(Path.Combine(temp.Root, "unprepared"), inputs, ModelAuthorResolver.MaxCachedMentions, tagger: tagger, prepares: false);

        Assert.That(preparing.Counts.Joined, Is.GreaterThan(0), "the model decided some mentions");
        Assert.That(prepared.Count, Is.EqualTo(unprepared.Count).And.GreaterThan(MentionsAtLeast));
        Assert.That(prepared, Is.EqualTo(unprepared));
        const string profiles = "SELECT COUNT(*) FROM authorships WHERE profile IS NOT NULL AND length(profile) > 40";
        Assert.That(Execute(Store(Path.Combine(temp.Root, "prepared")), profiles), Is.GreaterThan(MentionsAtLeast), "profiles with concepts and tokens were stored");
        Assert.That(StoredProfiles(Path.Combine(temp.Root, "prepared")), Is.EqualTo(StoredProfiles(Path.Combine(temp.Root, "unprepared"))));
    }

    /// <summary>Every stored profile, hex, by (work, position).</summary>
    private static Dictionary<string, string> StoredProfiles(string folder)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(Store(folder).ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT work_id, position, profile FROM authorships";
        using var reader = command.ExecuteReader();
        var profiles = new Dictionary<string, string>();
        while (reader.Read())
            profiles[$"{reader.GetInt64(0)}#{reader.GetInt32(1)}"] = reader.IsDBNull(2) ? "" : Convert.ToHexString((byte[])reader.GetValue(2));
        return profiles;
    }

    [Test]
    public async Task A_stored_profile_decodes_to_the_profile_of_the_stored_mention()
    {
        using var temp = new TempDataFolder();
        var folder = Path.Combine(temp.Root, "store");
        await Ingest(folder, [SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv")],
            ModelAuthorResolver.MaxCachedMentions);
        var profiler = new MentionProfiler(Shipped.Value.Names);
        var signatures = new StoredMentionSignatures(tagger: null);
        var pool = new StringPool();

        using var store = SqliteExpertStore.Open(Path.Combine(folder, "store.db"));
        using var session = store.BeginWrite();
        var compared = 0;
        foreach (var (key, _) in store.GetBlocks())
        {
            var stored = session.GetBlockProfiles(key);
            var mentions = session.GetBlockMentions(key);
            Assert.That(stored.Select(m => (m.Work, m.Position, m.Person)), Is.EqualTo(mentions.Select(m => (m.Work, m.Position, m.Person))), key);
            for (var i = 0; i < stored.Count; i++)
            {
                var profiled = profiler.Profile(signatures.Of(mentions[i])).Compacted(pool);
                var decoded = MentionProfileCodec.TryDecode(stored[i].Profile, 0, profiled.Id, stored[i].RawName, profiled.WorkId!, pool, profiler.Tokens);
                Assert.That(decoded, Is.Not.Null, $"{key}: {profiled.Id} has no stored profile");
                Assert.That(ProfileText(decoded!), Is.EqualTo(ProfileText(profiled)), $"{key}: {profiled.Id}");
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(1_000));
    }

    [Test]
    public async Task A_store_without_stored_profiles_resolves_new_works_as_one_with_them()
    {
        var (first, second) = TwoRuns();
        using var temp = new TempDataFolder();
        var with = Path.Combine(temp.Root, "with");
        var without = Path.Combine(temp.Root, "without");
        await Ingest(with, first, ModelAuthorResolver.MaxCachedMentions);
        await Ingest(without, first, ModelAuthorResolver.MaxCachedMentions);
        var stored = Store(without);
        Assert.That(Execute(stored, "UPDATE authorships SET profile = NULL"), Is.GreaterThan(500), "the first run stored 619 mentions");

        var (withPersons, withResolver) = await Ingest(with, second, ModelAuthorResolver.MaxCachedMentions);
        var (withoutPersons, withoutResolver) = await Ingest(without, second, ModelAuthorResolver.MaxCachedMentions);

        Assert.That(withResolver.ProfiledBlocks, Is.Zero);
        // 14 blocks: the second run reads the blocks of the mentions its hard ids do not decide (its repeated OpenAlex
        // authors are decided by their ids, and their blocks are not read).
        Assert.That(withoutResolver.ProfiledBlocks, Is.GreaterThan(10), "blocks of the first run were profiled from their works (14)");
        Assert.That(withoutPersons, Is.EqualTo(withPersons));
        // The blocks profiled again got their profiles stored. (A block the run did not read may keep rows without one
        // beside new rows with one: its hard-linked mentions were written without reading it.)
        Assert.That(withoutResolver.ProfiledBlockKeys.Sum(key => Execute(stored, "SELECT COUNT(*) FROM authorships WHERE profile IS NULL AND block_key = $key", key)),
            Is.Zero, "a block loaded the old way keeps rows without profiles");
    }

    [Test]
    public async Task Damaged_stored_profiles_are_made_again_from_their_works_and_rewritten()
    {
        var (first, second) = TwoRuns();
        using var temp = new TempDataFolder();
        var folder = Path.Combine(temp.Root, "damaged");
        await Ingest(folder, first, ModelAuthorResolver.MaxCachedMentions);
        var stored = Store(folder);
        // Cut every profile after its header and flags byte: the versions still match, the rest does not read.
        Assert.That(Execute(stored, "UPDATE authorships SET profile = substr(profile, 1, 12) WHERE profile IS NOT NULL"), Is.GreaterThan(500));

        var (_, resolver) = await Ingest(folder, second, ModelAuthorResolver.MaxCachedMentions);

        Assert.That(resolver.ProfiledBlocks, Is.GreaterThan(10), "the 14 blocks the second run reads");
        Assert.That(resolver.ProfiledBlockKeys.Sum(key => Execute(stored, "SELECT COUNT(*) FROM authorships WHERE length(profile) = 12 AND block_key = $key", key)),
            Is.Zero, "a block made again keeps damaged rows");
    }

    /// <summary>
    /// Inputs of two runs sharing name blocks: the second run's OpenAlex pages repeat works of the first run's lines, its
    /// NSFC list shares blocks with the first one's.
    /// </summary>
    private static (string[] First, string[] Second) TwoRuns() => (
        [SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"), SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv")],
        [RepositoryPaths.Path("samples/openalex"), SharedData.Path("records/nsfc-china-grants/19_21/C01/C0103.csv")]);

    private static Microsoft.Data.Sqlite.SqliteConnectionStringBuilder Store(string folder) =>
        new() { DataSource = Path.Combine(folder, "store.db"), Pooling = false };

    private static long Execute(Microsoft.Data.Sqlite.SqliteConnectionStringBuilder stored, string sql, string? key = null)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(stored.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (key is not null) command.Parameters.AddWithValue("$key", key);
        return sql.StartsWith("SELECT", StringComparison.Ordinal)
            ? Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)
            : command.ExecuteNonQuery();
    }

    [Test]
    public void A_resolver_that_tags_titles_needs_its_lexicons_version()
    {
        var (model, names) = Shipped.Value;
        var tagger = ExpertGraph.Core.Lexicon.LexiconLoader.Load();

        var error = Assert.Throws<ArgumentException>(() => new ModelAuthorResolver(model, names, tagger));

        Assert.That(error!.ParamName, Is.EqualTo("lexiconVersion"));
        Assert.That(() => new ModelAuthorResolver(model, names, tagger, lexiconVersion: 42), Throws.Nothing);
    }

    /// <summary>Every field of a profile as text, for comparing two.</summary>
    private static string ProfileText(MentionProfile p) => string.Join("\n",
        $"id {p.Id} name {p.Name} work {p.WorkId} written {p.WrittenOrcid}/{p.WrittenEmail}/{p.WrittenSourceAuthorId}",
        $"keys {p.BlockingKey}/{p.FullKey}/{p.FirstGiven}/{p.MiddleInitials} chinese {p.Chinese} han {p.HanScript} year {p.Year}",
        "coauthors " + string.Join(";", p.Tokens.TextsOf(p.Coauthors)), "affiliation " + string.Join(";", p.Tokens.TextsOf(p.AffiliationTokens)), $"institution {p.Institution} venue {p.Venue}",
        "venue " + string.Join(";", p.Tokens.TextsOf(p.VenueTokens)), "title " + string.Join(";", p.Tokens.TextsOf(p.TitleTokens)), "codes " + string.Join(";", p.Tokens.TextsOf(p.Classifications)),
        "concepts " + string.Join(";", p.Concepts.Select(c => $"{c.Concept}:{c.Weight:R}")),
        $"mail {p.Email}/{p.EmailDomain} orcid {p.Orcid} source {p.SourceAuthorId}");

    /// <summary>Each mention ("source:id#position") with its person's first mention: ids aside, who is with whom.</summary>
    /// <param name="prepares">False: the pipeline is not let ask the resolver for profiles ahead of writing (<see cref="IAuthorResolver.Prepare"/>).</param>
    private static async Task<(Dictionary<string, string> Persons, ModelAuthorResolver Resolver)> Ingest(string folder, string[] inputs, int maxCachedMentions,
        bool readsBlocksOfHardLinks = false, ExpertGraph.Core.Lexicon.ConceptTagger? tagger = null, bool prepares = true)
    {
        Directory.CreateDirectory(folder);
        var (model, names) = Shipped.Value;
        var resolver = new ModelAuthorResolver(model, names, tagger, maxCachedMentions, lexiconVersion: tagger is null ? 0 : 42)
        {
            ReadsBlocksOfHardLinks = readsBlocksOfHardLinks,
        };
        using var store = SqliteExpertStore.Open(Path.Combine(folder, "store.db"));
        using (var index = new LuceneIndexWriter(Path.Combine(folder, "index")))
        {
            var pipeline = new IngestionPipeline(store, index, new FormatDetector(RecordReaders.CreateDefault()),
                new WorkNormalizer(new CountryResolver()), prepares ? resolver : new WithoutPreparation(resolver), TimeProvider.System);
            await pipeline.RunAsync(InputFiles.Expand(inputs), new IngestionOptions { BatchSize = 25 }, null, CancellationToken.None);
        }

        var mentions = new List<(string Mention, PersonId Person)>();
        foreach (var work in store.ReadWorks(CancellationToken.None))
        {
            foreach (var m in store.GetWorkMentions(work.Id)) mentions.Add((m.Reference, m.Person));
        }

        var first = mentions.GroupBy(m => m.Person).ToDictionary(g => g.Key, g => g.Select(m => m.Mention).Min(StringComparer.Ordinal)!);
        return (mentions.ToDictionary(m => m.Mention, m => first[m.Person]), resolver);
    }

    /// <summary>The resolver without its <see cref="IAuthorResolver.Prepare"/>: it makes its profiles while writing.</summary>
    private sealed class WithoutPreparation(IAuthorResolver inner) : IAuthorResolver
    {
        public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, ExpertGraph.Core.Storage.IStoreWriteSession session, PreparedAuthors? prepared = null)
        {
            Assert.That(prepared, Is.Null);
            return inner.Resolve(work, workId, session);
        }

        public void Forget() => inner.Forget();
    }
}
