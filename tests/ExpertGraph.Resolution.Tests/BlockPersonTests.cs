using ExpertGraph.Core.Names;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Incremental;

namespace ExpertGraph.Resolution.Tests;

/// <summary>What a person of a block refuses: a work it has, another Chinese full name, another name in characters.</summary>
[TestFixture]
public sealed class BlockPersonTests
{
    private static readonly MentionProfiler Profiler = new(PersonNameKeys.Load());

    private static MentionProfile Mention(string work, string name) =>
        Profiler.Profile(new MentionSignature($"{work}#0", name) { WorkId = work });

    [Test]
    public void ConflictsWith_WorksAndChineseFullNames_AsTheSetsOfEveryMemberWould()
    {
        var block = new ResolutionBlock();
        var person = block.AddPerson(1, [Mention("w1", "Li Qian")]);

        Assert.Multiple(() =>
        {
            Assert.That(person.ConflictsWith(Mention("w1", "Li Qian")), Is.True, "its own work");
            Assert.That(person.ConflictsWith(Mention("w2", "Li Qian")), Is.False);
            Assert.That(person.ConflictsWith(Mention("w2", "Qian Li")), Is.False, "the same name, family name last");
            Assert.That(person.ConflictsWith(Mention("w2", "Li Qingyan")), Is.True, "another Chinese full name");
            Assert.That(person.ConflictsWith(Mention("w2", "Q. Li")), Is.False, "initials say no other name");
        });

        // Works past the first two are kept in a set: each one still refuses a second mention.
        foreach (var work in new[] { "w2", "w3", "w4" }) block.Attach(person, Mention(work, "Li Qian"));
        Assert.That(new[] { "w1", "w2", "w3", "w4" }.Select(w => person.ConflictsWith(Mention(w, "Li Qian"))), Has.All.True);
        Assert.That(person.ConflictsWith(Mention("w5", "Li Qian")), Is.False);
    }

    [Test]
    public void ConflictsWith_PersonKnownBySeveralNames_RefusesEveryFullNameEvenItsOwn()
    {
        var block = new ResolutionBlock();
        // As a curator's merge or a hard link can leave a person: two full names, two written names.
        var person = block.AddPerson(1, [Mention("w1", "Li Qian"), Mention("w2", "Li Qingyan"), Mention("w3", "张磊"), Mention("w4", "张蕾")]);

        Assert.Multiple(() =>
        {
            Assert.That(person.ConflictsWith(Mention("w5", "Li Qian")), Is.True);
            Assert.That(person.ConflictsWith(Mention("w5", "张磊")), Is.True);
            Assert.That(person.ConflictsWith(Mention("w5", "L. Q.")), Is.False);
        });
    }

    [Test]
    public void ConflictsWith_OneNameInCharacters_RefusesOnlyAnother()
    {
        var block = new ResolutionBlock();
        var person = block.AddPerson(1, [Mention("w1", "张磊"), Mention("w2", "张 磊")]);

        Assert.That(person.ConflictsWith(Mention("w3", "张磊")), Is.False, "spaces aside, the same characters");
        Assert.That(person.ConflictsWith(Mention("w3", "张蕾")), Is.True, "Zhang Lei too, but other characters");
    }
}
