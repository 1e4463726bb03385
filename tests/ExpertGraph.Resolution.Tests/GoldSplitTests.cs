using ExpertGraph.Resolution.Evaluation;

namespace ExpertGraph.Resolution.Tests;

public sealed class GoldSplitTests
{
    [Test]
    public void The_hash_is_32_bit_fnv1a_of_the_lower_cased_text()
    {
        Assert.Multiple(() =>
        {
            // Published FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
            Assert.That(GoldSplit.Hash(""), Is.EqualTo(0x811c9dc5u));
            Assert.That(GoldSplit.Hash("a"), Is.EqualTo(0xe40c292cu));
            Assert.That(GoldSplit.Hash("FOOBAR"), Is.EqualTo(0xbf9cf968u));
        });
    }

    [Test]
    public void A_group_is_held_out_when_its_hash_is_divisible_by_three()
    {
        var groups = new[] { "Wen Gao", "Jing Zhang", "Jim Gray", "a", "foobar" };

        Assert.That(groups.Select(GoldSplit.IsHeldOut), Is.EqualTo(groups.Select(g => GoldSplit.Hash(g) % 3 == 0)));
        // 0xe40c292c = 3826002220 = 3 × 1275334073 + 1; 0xbf9cf968 = 3214735720 = 3 × 1071578573 + 1.
        Assert.That(GoldSplit.IsHeldOut("a") || GoldSplit.IsHeldOut("foobar"), Is.False);
    }
}
