using System.IO.Compression;
using System.Text;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Reading;

public sealed class RecordInputTests
{
    private const string ChineseCsv = "records/nsfc-china-grants/19_21/C01/C0102.csv";
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("gb18030")]
    [TestCase("utf-16le-bom")]
    [TestCase("utf-16be")]
    public void Open_RealFileReencoded_GivesTheUtf8TextBack(string encoding)
    {
        var original = File.ReadAllText(SharedData.Path(ChineseCsv), Encoding.UTF8);
        var path = Write("grants.csv", TextEncodingDetectorTests.Encode(original, encoding));

        using var input = RecordInput.Open(path);
        var decoded = new StreamReader(input.Stream, Encoding.UTF8).ReadToEnd();

        Assert.That(decoded, Is.EqualTo(original));
        Assert.That(input.Description, Does.EndWith("→ utf-8"));
    }

    [Test]
    public void Open_GzippedFile_IsDecompressedByItsMagicBytesWhateverItsName()
    {
        var original = File.ReadAllBytes(SharedData.Path(ChineseCsv));
        var path = Write("grants.csv", Gzip(original));

        using var input = RecordInput.Open(path);
        using var copy = new MemoryStream();
        input.Stream.CopyTo(copy);

        Assert.That(copy.ToArray(), Is.EqualTo(original));
        Assert.That(input.Compressed, Is.True);
        Assert.That(input.Description, Is.EqualTo("gzip"));
        Assert.That(input.FilePosition, Is.EqualTo(new FileInfo(path).Length));
    }

    [Test]
    public void Read_NsfcFileInGb18030Gzipped_ReadsTheSameGrantsAsTheOriginal()
    {
        var source = SharedData.Path(ChineseCsv);
        var original = File.ReadAllText(source, Encoding.UTF8);
        var path = Write("C0102.csv.gz", Gzip(TextEncodingDetectorTests.Encode(original, "gb18030")));
        var reader = new NsfcGrantReader();
        var detector = new FormatDetector([reader]);

        Assert.That(detector.TryDetect(path), Is.SameAs(reader));
        using var input = RecordInput.Open(path);
        var reencoded = reader.Read(input.Stream, path).Select(r => r.Work!).ToList();
        var expected = RecordFiles.ReadAll(reader, source).Select(r => r.Work!).ToList();

        Assert.That(reencoded.Select(w => (w.Key, w.Title, w.Authors[0].RawName)), Is.EqualTo(expected.Select(w => (w.Key, w.Title, w.Authors[0].RawName))));
        Assert.That(input.Description, Is.EqualTo("gzip, gb18030 → utf-8"));
    }

    [Test]
    public void Open_EncodingGivenByTheUser_WinsOverDetection()
    {
        // Cyrillic in KOI8-R would be taken for Windows-1252: the user knows better.
        var koi8 = TextEncodingDetector.FromName("koi8-r");
        var path = Write("titles.txt", koi8.Decoder!.GetBytes("Теория графов\n"));

        using var input = RecordInput.Open(path, koi8);

        Assert.That(new StreamReader(input.Stream, Encoding.UTF8).ReadToEnd(), Is.EqualTo("Теория графов\n"));
    }

    [Test]
    public void Open_DamagedGzip_ThrowsInvalidData()
    {
        var gz = Gzip(Encoding.UTF8.GetBytes(new string('x', 100_000)));
        gz[20] ^= 0xFF;
        gz[21] ^= 0xFF;
        var path = Write("broken.gz", gz);

        Assert.Throws<InvalidDataException>(() => RecordInput.Open(path).Dispose());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(bytes);
        return buffer.ToArray();
    }
}
