using NUnit.Framework.Constraints;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// <c>Assert.That(actual, new SameFullStateConstraint(expected, "an uninterrupted run"))</c>: passes when both full
/// states are equal; otherwise the message lists the first differing rows of each section.
/// </summary>
internal sealed class SameFullStateConstraint(FullState expected, string expectedDescription) : Constraint
{
    public override string Description => "the same full state as " + expectedDescription;

    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        if (actual is not FullState state) throw new ArgumentException("expected a FullState, got " + actual, nameof(actual));
        var differences = FullStateDifference.Describe(expected, state);
        return new Result(this, state, differences);
    }

    private sealed class Result(IConstraint constraint, FullState actual, string differences)
        : ConstraintResult(constraint, actual, differences.Length == 0)
    {
        public override void WriteMessageTo(MessageWriter writer)
        {
            writer.WriteLine("Expected " + Description + $"; it differs ({actual}):");
            writer.Write(differences);
        }
    }
}
