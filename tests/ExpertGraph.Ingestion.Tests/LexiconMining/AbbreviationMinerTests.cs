using ExpertGraph.Ingestion.LexiconMining;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>The Schwartz–Hearst algorithm on hand-made sentences, each case one rule of the paper (or one of ours).</summary>
public sealed class AbbreviationMinerTests
{
    [TestCase("We train a convolutional neural network (CNN) on images.", "CNN", "convolutional neural network")]
    [TestCase("We train a CNN (convolutional neural network) on images.", "CNN", "convolutional neural network")]
    // The paper's example: a short-form letter may sit inside a word ("tranScription"); only the first starts a word.
    [TestCase("The heat shock transcription factor (HSF) binds DNA.", "HSF", "heat shock transcription factor")]
    // The shortest long form wins: text before the first word that matches the first letter is not taken.
    [TestCase("Forest management changed the volume of coarse woody debris (CWD) in many types.", "CWD", "coarse woody debris")]
    [TestCase("networked marine protected areas (MPAs) form the cornerstone", "MPAs", "marine protected areas")]
    // Only the part before ", " or "; " inside the parenthesis is the short form.
    [TestCase("guidance of the World Health Organization (WHO, 2005) on water", "WHO", "World Health Organization")]
    [TestCase("drawn by the Intergovernmental Panel on Climate Change (IPCC; 2007) in Paris", "IPCC", "Intergovernmental Panel on Climate Change")]
    public void Find_OneDefinition_ShortAndLongFormExactly(string text, string shortForm, string longForm)
    {
        var found = AbbreviationMiner.Find(text);

        Assert.That(found, Is.EqualTo(new[] { new AbbreviationDefinition(shortForm, longForm) }));
    }

    [Test]
    public void Find_TwoDefinitionsInOneSentence_BothInTextOrder()
    {
        var found = AbbreviationMiner.Find("the Coral Triangle Initiative (CTI) and its marine protected areas (MPAs) offer a chance");

        Assert.That(found, Is.EqualTo(new[]
        {
            new AbbreviationDefinition("CTI", "Coral Triangle Initiative"),
            new AbbreviationDefinition("MPAs", "marine protected areas"),
        }));
    }

    [TestCase("Volumes were high in old-growth forests (72.6 m3 ha-1) as before.", TestName = "Find_NumbersInParentheses_Nothing")]
    [TestCase("as shown before (Smith 2005) in the field", TestName = "Find_CitationInParentheses_Nothing")]
    [TestCase("to illuminate things (ii) and more", TestName = "Find_LowerCaseListLabel_Nothing")]
    [TestCase("we illuminate things: (IT) next", TestName = "Find_LongFormEndingInPunctuation_Nothing")]
    [TestCase("a trait (x) of", TestName = "Find_OneCharacterShortForm_Nothing")]
    [TestCase("the long form is ab c (A.B.C.) here", TestName = "Find_LongFormShorterThanShortForm_Nothing")]
    [TestCase("Alpha with many more tokens Beta (AB) here", TestName = "Find_LongFormOfMoreThanTwiceTheShortFormsWords_Nothing")]
    [TestCase("we ran the AB test (AB) twice", TestName = "Find_LongFormContainingTheShortForm_Nothing")]
    [TestCase("The sample was Cold. Data show (CD) a rise", TestName = "Find_FirstLetterOnlyBeforeTheSentenceEnd_Nothing")]
    [TestCase("treatment with a (ABCDEFGHIJK) inhibitor", TestName = "Find_ShortFormOverTenCharacters_Nothing")]
    [TestCase("a convolutional neural network(CNN) without a space", TestName = "Find_NoSpaceBeforeTheParenthesis_Nothing")]
    [TestCase("the recent CNN (results of three big new studies by others)", TestName = "Find_LongFormInParenthesesNotMatchingTheWordBefore_Nothing")]
    public void Find_NotADefinition(string text)
    {
        Assert.That(AbbreviationMiner.Find(text), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("no parentheses at all")]
    [TestCase("an unclosed (CNN parenthesis")]
    public void Find_NoCandidate_Nothing(string? text)
    {
        Assert.That(AbbreviationMiner.Find(text), Is.Empty);
    }

    [TestCase("HSF", "heat shock transcription factor", ExpectedResult = "heat shock transcription factor")]
    [TestCase("CNN", "we used a convolutional neural network", ExpectedResult = "convolutional neural network")]
    [TestCase("G-7", "finance ministers of the Group of Seven", ExpectedResult = null)]
    [TestCase("IL2", "interleukin 2", ExpectedResult = "interleukin 2")]
    public string? BestLongForm_MatchesBackwardsFromTheLastCharacter(string shortForm, string longForm) =>
        AbbreviationMiner.BestLongForm(shortForm, longForm);
}
