using BenchmarkDotNet.Attributes;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Benchmarks.Resolution;

/// <summary>
/// The resolver's hot path on real data (the AMiner gold set from $EXPERTGRAPH_SHARED_DATA or shared/data above the
/// program): scoring 1,000 mention pairs with the shipped model by walking its trees, beside ML.NET's prediction engine
/// on the same rows (the peer); the features of those pairs; and clustering the 192 mentions of "Jim Gray" from scratch.
/// </summary>
[MemoryDiagnoser]
public class PairScoringBenchmarks
{
    private readonly List<float[]> _rows = [];
    private readonly List<(MentionProfile A, MentionProfile B, int Common)> _pairs = [];
    private ResolutionModel _model = null!;
    private Func<float[], float> _engine = null!;
    private GoldBlock _jimGray = null!;
    private BlockClusterer _clusterer = null!;
    private BlockContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = SharedDisambiguation() ?? throw new ExpertGraphException("the resolution benchmarks need shared/data/disambiguation (set EXPERTGRAPH_SHARED_DATA)");
        var lexicon = LexiconLocation.Resolve();
        var profiler = new MentionProfiler(PersonNameKeys.Load(lexicon), LexiconLoader.Load(lexicon));
        var gold = PreparedGold.Prepare(GoldSetReader.Read(Path.Combine(folder, "aminer-na-110names")), profiler);
        _model = ResolutionModel.Load();
        _engine = _model.Pairwise.ReferenceScorer();
        _clusterer = _model.Clusterer();
        _jimGray = gold.Blocks.Single(b => b.Groups.Contains("Jim Gray"));
        _context = BlockContext.Of(_jimGray.Profiles);
        for (var i = 0; i < _jimGray.Profiles.Count && _pairs.Count < 1000; i++)
        {
            for (var j = i + 1; j < _jimGray.Profiles.Count && _pairs.Count < 1000; j++)
            {
                _pairs.Add((_jimGray.Profiles[i], _jimGray.Profiles[j], _context.CommonNeighbours(i, j)));
                var row = new float[PairFeatures.Count];
                PairFeatures.Compute(_jimGray.Profiles[i], _jimGray.Profiles[j], _jimGray.Statistics, _context.CommonNeighbours(i, j), _context.Fragmentation, row);
                _rows.Add(row);
            }
        }
    }

    [Benchmark(Baseline = true, Description = "ML.NET prediction engine, 1,000 pairs")]
    public float PredictionEngine()
    {
        var sum = 0f;
        foreach (var row in _rows) sum += _engine(row);
        return sum;
    }

    [Benchmark(Description = "direct tree walk, 1,000 pairs")]
    public float DirectTrees()
    {
        var sum = 0f;
        foreach (var row in _rows) sum += _model.Pairwise.Probability(row);
        return sum;
    }

    [Benchmark(Description = "features + direct tree walk, 1,000 pairs")]
    public float FeaturesAndScore()
    {
        var sum = 0f;
        var row = new float[PairFeatures.Count];
        foreach (var (a, b, common) in _pairs)
        {
            PairFeatures.Compute(a, b, _jimGray.Statistics, common, _context.Fragmentation, row);
            sum += _model.Pairwise.Probability(row);
        }

        return sum;
    }

    [Benchmark(Description = "cluster the 192 mentions of Jim Gray (both stages)")]
    public int ClusterBlock() => _clusterer.Cluster(_jimGray.Profiles, _jimGray.Statistics).Max();

    private static string? SharedDisambiguation()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("EXPERTGRAPH_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Path.Combine(fromEnvironment, "disambiguation");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "disambiguation");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
