using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Core.Tests.Text;

public sealed class CodePointOrderTests
{
    [Test]
    public void Compare_SurrogatePairAgainstHighBmp_FollowsCodePoints()
    {
        // U+1F600 is D83D DE00 in UTF-16: ordinal puts it before U+FF21; by code point (and UTF-8 bytes) it comes after.
        Assert.That(string.CompareOrdinal("\U0001F600", "\uFF21"), Is.LessThan(0), "the case ordinal gets wrong");
        Assert.That(CodePointOrder.Compare("\U0001F600", "\uFF21"), Is.GreaterThan(0));
        Assert.That(CodePointOrder.Compare("\uFF21", "\U0001F600"), Is.LessThan(0));
    }

    [Test]
    public void Compare_RandomStrings_AgreesWithUtf8Bytes()
    {
        var random = new Random(7);
        // Letters, a CJK character, a high BMP one (U+E000–U+FFFF) and a surrogate pair, in short strings that often share prefixes.
        string[] pieces = ["a", "b", "A", "中", "\uFF21", "\uE000", "\U0001F600", "\U00020000", ""];
        string Next() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
        for (var i = 0; i < 5_000; i++)
        {
            var (a, b) = (Next(), Next());
            var bytes = Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));
            Assert.That(Math.Sign(CodePointOrder.Compare(a, b)), Is.EqualTo(Math.Sign(bytes)), $"'{a}' against '{b}'");
        }
    }

    [Test]
    public void Compare_Nulls_ComeFirst()
    {
        Assert.That(CodePointOrder.Compare(null, null), Is.Zero);
        Assert.That(CodePointOrder.Compare(null, ""), Is.LessThan(0));
        Assert.That(CodePointOrder.Compare("", null), Is.GreaterThan(0));
    }
}
