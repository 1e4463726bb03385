using System.Text;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Reading;

public sealed class TextEncodingDetectorTests
{
    // A real NSFC grant file: UTF-8 Chinese text with ASCII codes and numbers.
    private const string ChineseCsv = "records/nsfc-china-grants/19_21/C01/C0102.csv";

    [Test]
    public void Detect_RealUtf8ChineseFile_IsUtf8()
    {
        var bytes = File.ReadAllBytes(SharedData.Path(ChineseCsv));

        Assert.That(TextEncodingDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, FormatDetector.HeadLength))), Is.EqualTo(SourceEncoding.Utf8));
    }

    [TestCase("gb18030", "gb18030")]
    [TestCase("utf-16le-bom", "utf-16le")]
    [TestCase("utf-16le", "utf-16le")]
    [TestCase("utf-16be-bom", "utf-16be")]
    [TestCase("utf-16be", "utf-16be")]
    public void Detect_RealChineseFileReencoded_NamesTheEncoding(string encoding, string expected)
    {
        var text = File.ReadAllText(SharedData.Path(ChineseCsv), Encoding.UTF8);
        var bytes = Encode(text, encoding);

        Assert.That(TextEncodingDetector.Detect(Head(bytes)).Name, Is.EqualTo(expected));
    }

    [Test]
    public void Detect_Latin1AccentedText_IsWindows1252()
    {
        var bytes = Encoding.Latin1.GetBytes("Title,Applicant\r\n\"Étude des réseaux\",\"Côté, François\"\r\n\"Über Mäuse\",\"Müller, Jürgen\"\r\n");

        Assert.That(TextEncodingDetector.Detect(bytes).Name, Is.EqualTo("windows-1252"));
    }

    [Test]
    public void Detect_CurlyQuotesOfWindows1252_IsWindows1252()
    {
        var bytes = TextEncodingDetector.Windows1252.GetBytes("He said \u201cgood\u201d \u2013 and left.\n");

        Assert.That(TextEncodingDetector.Detect(bytes).Name, Is.EqualTo("windows-1252"));
    }

    [Test]
    public void Detect_XmlDeclaringItsEncoding_IsLeftToTheXmlReader()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp><title>Caf\u00e9</title></dblp>");

        Assert.That(TextEncodingDetector.Detect(bytes), Is.EqualTo(SourceEncoding.Xml));
    }

    [Test]
    public void IsUtf8_SequenceCutByTheEndOfTheHead_IsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("国家自然科学基金");

        Assert.That(TextEncodingDetector.IsUtf8(bytes.AsSpan(0, bytes.Length - 1)), Is.True);
        Assert.That(TextEncodingDetector.IsUtf8([0x41, 0xE9, 0x20]), Is.False);
    }

    [Test]
    public void FromName_UnknownEncoding_SaysWhichNamesWork()
    {
        var error = Assert.Throws<ArgumentException>(() => TextEncodingDetector.FromName("klingon-8"));

        Assert.That(error!.Message, Does.Contain("unknown encoding 'klingon-8'").And.Contain("gb18030"));
    }

    [TestCase("GBK", true)]
    [TestCase("latin1", true)]
    [TestCase("UTF-8", false)]
    public void FromName_KnownEncoding_TranscodesUnlessUtf8(string name, bool transcodes)
    {
        Assert.That(TextEncodingDetector.FromName(name).NeedsTranscoding, Is.EqualTo(transcodes));
    }

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "gb18030" => TextEncodingDetector.Gb18030.GetBytes(text),
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "windows-1252" => TextEncodingDetector.Windows1252.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    private static ReadOnlySpan<byte> Head(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, FormatDetector.HeadLength));
}
