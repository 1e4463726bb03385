using System.Security.Cryptography;
using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.ProfilePages;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Query.ProfilePages;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>The saved web pages among <paramref name="files"/> (by content), and the rest, for the record pipeline.</summary>
    private static (List<InputFile> Pages, List<InputFile> Records) SplitProfilePages(IReadOnlyList<InputFile> files, SourceEncoding? encoding)
    {
        var pages = new List<InputFile>();
        var records = new List<InputFile>();
        foreach (var file in files)
        {
            bool isPage;
            try
            {
                isPage = ProfilePageFormat.IsHtml(RecordInput.ReadHead(file.Path, encoding));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                isPage = false; // the pipeline reports the file as it reports any unreadable file
            }

            (isPage ? pages : records).Add(file);
        }

        return (pages, records);
    }

    /// <summary>
    /// Stores the given pages (each by its key, unchanged when its content is) and then matches every stored page again,
    /// since the works just ingested may be what tells whose page it is. Pages that name nobody are rejected with the reason.
    /// </summary>
    private ProfilePageSummary IngestProfilePages(IReadOnlyList<InputFile> files, SourceEncoding? encoding, CancellationToken cancellationToken)
    {
        var extractor = new ProfilePageExtractor();
        var reports = new List<ProfilePageReport>(files.Count);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var bytes = File.ReadAllBytes(file.Path);
                using var input = RecordInput.Open(file.Path, encoding);
                var html = new StreamReader(input.Stream, Encoding.UTF8).ReadToEnd();
                var page = extractor.Extract(html, file.Path, out var failure);
                if (page is null)
                {
                    reports.Add(new ProfilePageReport(file.Path, null, null, null, $"{file.Path}: {failure}"));
                    continue;
                }

                var outcome = _store.UpsertProfilePage(page, Convert.ToHexStringLower(SHA256.HashData(bytes)), now);
                reports.Add(new ProfilePageReport(file.Path, outcome, page.Name, null));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                reports.Add(new ProfilePageReport(file.Path, null, null, null, $"{file.Path}: cannot read: {ex.Message}"));
            }
        }

        var matches = MatchProfilePages(cancellationToken);
        return new ProfilePageSummary([.. reports.Select(r => r.Outcome is null ? r : r with { Match = MatchOf(matches, r.Path) })]);
    }

    /// <summary>Matches every stored page to a person again and stores what changed; the matches by source path.</summary>
    private Dictionary<string, ProfilePageMatch> MatchProfilePages(CancellationToken cancellationToken)
    {
        var stored = _store.ReadProfilePages();
        var matches = new Dictionary<string, ProfilePageMatch>(StringComparer.Ordinal);
        if (stored.Count == 0) return matches;
        using var lookup = _store.Count().Persons > 0 ? OpenPersonLookup() : null;
        var matcher = new ProfilePageMatcher(_store, lookup);
        foreach (var page in stored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var match = matcher.Match(page.Page);
            if (!SameMatch(match, page.Match)) _store.SetProfilePageMatch(page.Page.Key, match);
            matches[page.Page.SourcePath] = match;
        }

        return matches;
    }

    /// <summary>The pages matched to <paramref name="person"/>: evidence shown beside the person's records.</summary>
    public IReadOnlyList<StoredProfilePage> GetProfilePages(PersonId person) => _store.GetProfilePages(person);

    private static ProfilePageMatch? MatchOf(Dictionary<string, ProfilePageMatch> matches, string path) =>
        matches.TryGetValue(path, out var match) ? match : null;

    private static bool SameMatch(ProfilePageMatch a, ProfilePageMatch b) =>
        a.Person == b.Person && Math.Abs(a.Score - b.Score) < 1e-9 && a.Reasons.SequenceEqual(b.Reasons, StringComparer.Ordinal);
}
