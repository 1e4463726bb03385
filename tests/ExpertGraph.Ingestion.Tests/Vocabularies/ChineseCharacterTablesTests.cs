using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

public sealed class ChineseCharacterTablesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("expertgraph-chinese-tables-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase(HanziPinyinTableBuilder.FileName)]
    [TestCase(TraditionalSimplifiedTableBuilder.FileName)]
    public void Write_FromSharedCedict_ReproducesCommittedFileByteForByte(string fileName)
    {
        var cedict = SharedData.Path("vocabularies/cc-cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz");

        ChineseCharacterTables.Write(cedict, _folder);

        var built = File.ReadAllBytes(Path.Combine(_folder, fileName));
        var committed = File.ReadAllBytes(RepositoryPaths.Path("lexicon/" + fileName));
        Assert.That(built, Is.EqualTo(committed), $"lexicon/{fileName} differs from a rebuild: run `expertgraph lexicon build` and commit");
    }
}
