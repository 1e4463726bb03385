using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

public sealed class PairFeaturesTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());

    private static float Feature(MentionSignature a, MentionSignature b, string name)
    {
        var (pa, pb) = (Profiler.Profile(a), Profiler.Profile(b));
        return PairFeatures.Compute(pa, pb, CorpusStatistics.Of([pa, pb]))[PairFeatures.Names.ToList().IndexOf(name)];
    }

    [Test]
    public void Chinese_names_in_either_order_and_in_hanzi_share_keys_and_full_given_name()
    {
        var profiles = new[] { "Jing Zhang", "Zhang Jing", "张静", "ZHANG J." }.Select(n => Profiler.Profile(new MentionSignature(n, n))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => p.BlockingKey), Is.All.EqualTo("zhang|j"));
            Assert.That(profiles.Select(p => p.FirstGiven), Is.EqualTo(new[] { "jing", "jing", "jing", null }));
            Assert.That(profiles.Select(p => p.Chinese), Is.All.True);
            Assert.That(Feature(new("a", "Jing Zhang"), new("b", "Zhang Jing"), "first_given_relation"), Is.EqualTo(2));
            Assert.That(Feature(new("a", "Jing Zhang"), new("b", "J. Zhang"), "first_given_relation"), Is.EqualTo(1), "an initial is only compatible");
            Assert.That(Feature(new("a", "Jing Zhang"), new("b", "Jun Zhang"), "first_given_relation"), Is.Zero);
            Assert.That(Feature(new("a", "张静"), new("b", "Jing Zhang"), "same_script"), Is.Zero);
        });
    }

    [Test]
    public void Middle_initials_agree_conflict_or_are_unknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Feature(new("a", "John F. McDonald"), new("b", "John Francis McDonald"), "middle_relation"), Is.EqualTo(1));
            Assert.That(Feature(new("a", "John F. McDonald"), new("b", "John G. McDonald"), "middle_relation"), Is.EqualTo(-1));
            Assert.That(Feature(new("a", "John F. McDonald"), new("b", "John McDonald"), "middle_relation"), Is.Zero);
        });
    }

    [Test]
    public void Missing_evidence_is_minus_one_and_different_evidence_is_zero()
    {
        var withAffiliation = new MentionSignature("a", "Wei Wang") { Affiliations = ["Tsinghua University, Beijing"], Year = 2001 };
        var otherAffiliation = new MentionSignature("b", "Wei Wang") { Affiliations = ["Peking University"], Year = 2009 };
        var none = new MentionSignature("c", "Wei Wang");

        Assert.Multiple(() =>
        {
            Assert.That(Feature(withAffiliation, none, "same_institution"), Is.EqualTo(-1));
            Assert.That(Feature(withAffiliation, otherAffiliation, "same_institution"), Is.Zero);
            Assert.That(Feature(withAffiliation, withAffiliation with { Id = "d", Affiliations = ["Tsinghua University"] }, "same_institution"), Is.EqualTo(1),
                "the organization is the affiliation's first comma part");
            Assert.That(Feature(withAffiliation, otherAffiliation, "year_gap"), Is.EqualTo(8));
            Assert.That(Feature(withAffiliation, none, "year_gap"), Is.EqualTo(-1));
            Assert.That(Feature(withAffiliation, none, "coauthor_jaccard"), Is.EqualTo(-1));
        });
    }

    [Test]
    public void Coauthors_meet_by_name_key_in_either_order_and_rare_ones_weigh_more()
    {
        var a = new MentionSignature("a", "Ji Zhang") { Coauthors = ["Heather Goldsby", "Betty H. C. Cheng", "Wei Wang"] };
        var b = new MentionSignature("b", "Ji Zhang") { Coauthors = ["Heather Goldsby", "Wang Wei"] };
        var c = new MentionSignature("c", "Ji Zhang") { Coauthors = ["Wei Wang", "H. Goldsby"] };
        var profiles = new[] { a, b, c }.Select(Profiler.Profile).ToList();
        var statistics = CorpusStatistics.Of(profiles);
        var ab = PairFeatures.Compute(profiles[0], profiles[1], statistics);
        var ac = PairFeatures.Compute(profiles[0], profiles[2], statistics);
        int shared = PairFeatures.Names.ToList().IndexOf("coauthors_shared"), jaccard = shared + 1, rarity = shared + 2;

        Assert.Multiple(() =>
        {
            // a and b share goldsby|heather and wang|wei among {goldsby|heather, cheng|betty, wang|wei}.
            Assert.That(ab[shared], Is.EqualTo(2));
            Assert.That(ab[jaccard], Is.EqualTo(2 / 3f));
            // "H. Goldsby" is known by an initial only (goldsby|h): not the same key as Heather Goldsby.
            Assert.That(ac[shared], Is.EqualTo(1));
            // wang|wei is on all three mentions (idf ln(1 + 3/3)), goldsby|heather on two (ln(1 + 3/2)).
            Assert.That(ac[rarity], Is.EqualTo((float)Math.Log(2)).Within(1e-6));
            Assert.That(ab[rarity], Is.EqualTo((float)(Math.Log(2) + Math.Log(2.5))).Within(1e-6));
        });
    }

    [Test]
    public void Jaro_winkler_gives_the_textbook_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PairFeatures.JaroWinkler("martha", "marhta"), Is.EqualTo(0.9611).Within(1e-4));
            Assert.That(PairFeatures.JaroWinkler("dwayne", "duane"), Is.EqualTo(0.84).Within(1e-4));
            Assert.That(PairFeatures.JaroWinkler("abc", "xyz"), Is.Zero);
        });
    }

    [Test]
    public void Text_tokens_fold_latin_words_and_pair_han_characters() =>
        Assert.That(TextTokens.Of("Détection of Outliers: 图像识别 and the GRID"), Is.EqualTo(new[] { "detection", "outliers", "图像", "像识", "识别", "grid" }));
}
