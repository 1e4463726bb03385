using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.LexiconMining;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph lexicon mine</c>: mines abbreviations and zh–en pairs from the stored works into an overlay beside the
/// store (&lt;data&gt;/lexicon/mined-terms.tsv), with its evidence and the candidates no concept takes.
/// </summary>
internal static class LexiconMineCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("mine", "Mine abbreviations (\"long form (SF)\") and zh–en keyword pairs from the stored works; mined terms never replace curated ones");
        command.SetAction((parse, cancellationToken) =>
        {
            // The curated lexicon alone (the global --lexicon, else the installed one): mined terms are judged against it.
            var folder = LexiconLocation.Resolve(parse.GetValue(workspaceOptions.Lexicon));
            if (!LexiconFiles.Exists(folder))
                throw new ExpertGraphException($"no lexicon in {folder} ({LexiconFiles.ConceptsFile} and {LexiconFiles.TermsFile} needed); pass --lexicon DIR");
            var lexicon = LexiconFiles.Read(folder);
            using var workspace = workspaceOptions.Open(parse);
            var output = Path.Combine(workspace.Directory.Root, "lexicon");
            var report = LexiconMiner.Mine(workspace.Store.ReadWorks(cancellationToken).Select(stored => stored.Work), lexicon, output, cancellationToken);
            var o = Console.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"works read: {report.WorksRead}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"definitions found: {report.AbbreviationsFound} abbreviations, {report.PairsFound} zh-en pairs"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"terms added: {report.TermsAdded} ({Path.Combine(output, LexiconMiner.TermsFile)})"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dropped: {report.AlreadyCurated} already curated, {report.CuratedForAnotherConcept} curated for another concept, {report.Conflicting} mined for several concepts"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidates: {report.Candidates} ({Path.Combine(output, LexiconMiner.CandidatesFile)})"));
            return Task.FromResult(0);
        });
        return command;
    }
}
