using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Vocabularies;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph lexicon build [--vocabularies DIR] [--out DIR]</c>: concepts.tsv, terms.tsv, alignments.tsv and the
/// character tables (hanzi-pinyin.tsv, trad-simp.tsv) from the shippable vocabularies; the same input always gives the same bytes.
/// </summary>
internal static class LexiconBuildCommand
{
    public static Command Create()
    {
        var vocabularies = new Option<string?>("--vocabularies")
        {
            Description = "The vocabularies folder (default: $EXPERTGRAPH_SHARED_DATA/vocabularies, else shared/data/vocabularies above the current folder)",
        };
        var output = new Option<string>("--out") { Description = "Folder to write the lexicon files to", DefaultValueFactory = _ => "lexicon" };
        var command = new Command("build", "Build the lexicon files from the public vocabularies") { vocabularies, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(vocabularies) ?? SharedDataFolder.Find("vocabularies")
                ?? throw new ExpertGraphException("no vocabularies folder: pass --vocabularies or set EXPERTGRAPH_SHARED_DATA");
            if (!Directory.Exists(folder)) throw new ExpertGraphException($"{folder}: the vocabularies folder does not exist");
            var clock = Stopwatch.StartNew();
            var result = LexiconBuilder.Build(folder);
            var outFolder = parse.GetValue(output)!;
            LexiconFiles.Write(outFolder, result.Data, LexiconBuilder.Header);
            ChineseCharacterTables.Write(Path.Combine(folder, "cc-cedict", "cedict_1_0_ts_utf-8_mdbg.txt.gz"), outFolder);
            Console.Out.WriteLine(LexiconBuilder.Describe(result.Counts));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {Path.Combine(outFolder, LexiconFiles.ConceptsFile)}, {LexiconFiles.TermsFile}, {LexiconFiles.AlignmentsFile}, hanzi-pinyin.tsv, trad-simp.tsv in {clock.Elapsed.TotalSeconds:0.0} s"));
            if (!result.Counts.MeetsTargets) Console.Error.WriteLine("warning: the lexicon is below the targets of issue 4 (300,000 terms, 50,000 concepts, 90% zh labels at levels 1-3)");
            return 0;
        });
        return command;
    }
}
