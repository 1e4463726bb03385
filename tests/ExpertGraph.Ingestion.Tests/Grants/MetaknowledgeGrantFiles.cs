using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>The NSF award XML and NSERC CSV files of metaknowledge's tests, as paths relative to shared/data.</summary>
internal static class MetaknowledgeGrantFiles
{
    public const string Folder = "records/metaknowledge-tests/metaknowledge/tests";
    public const string NsfFolder = Folder + "/nsfTestFiles";
    public const string NsercCoApplicants = Folder + "/NSERC_TEST_CO_APPLICANT.testcsv";
    public const string NsercPartners = Folder + "/NSERC_TEST_PARTNER.testcsv";

    public static readonly string[] Nserc = [NsercCoApplicants, NsercPartners];

    /// <summary>Every NSF award file (badXMLfile.xml and noID.xml included); when shared data is absent, the folder itself, so that the test is ignored rather than missing.</summary>
    public static IEnumerable<string> Nsf()
    {
        if (SharedData.RootOrNull is not { } root) return [NsfFolder];
        return Directory.EnumerateFiles(Path.Combine(root, NsfFolder), "*.xml")
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every file under records/, relative to shared/data.</summary>
    public static IEnumerable<string> AllRecords()
    {
        if (SharedData.RootOrNull is not { } root) return ["records"];
        return Directory.EnumerateFiles(Path.Combine(root, "records"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}
