using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Resolution;

/// <summary>The signatures of a work's author mentions: what ingestion hands the resolver, one per mention.</summary>
public static class MentionSignatures
{
    /// <param name="sourceAuthorIds">False leaves the source's author ids out (measuring on a corpus whose ids are the truth).</param>
    public static IReadOnlyList<MentionSignature> Of(Work work, bool sourceAuthorIds = true)
    {
        ArgumentNullException.ThrowIfNull(work);
        var workId = work.Key.ToString();
        var organizations = work.Kind == WorkKind.Patent
            ? work.Organizations.Select(o => o.Organization ?? o.RawText).ToList()
            : [];
        var codes = work.Classifications.Select(c => c.Scheme + ":" + c.Code).ToList();
        var signatures = new List<MentionSignature>(work.Authors.Count);
        foreach (var mention in work.Authors)
        {
            var affiliations = mention.Affiliations.Select(a => a.Organization ?? a.RawText).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
            signatures.Add(new MentionSignature(workId + "#" + mention.Position.ToString(CultureInfo.InvariantCulture), mention.RawName)
            {
                WorkId = workId,
                Coauthors = work.Authors.Where(a => a.Position != mention.Position).Select(a => a.RawName).ToList(),
                // An inventor's address is a place, not an employer: a patent's assignees stand in for affiliations.
                Affiliations = affiliations.Count > 0 ? affiliations : organizations,
                Orcid = mention.Orcid,
                Email = mention.Email,
                SourceAuthorId = sourceAuthorIds && mention.SourceAuthorId is { Length: > 0 } id ? $"src:{work.Key.Source}:{id}" : null,
                Venue = work.Venue,
                Title = work.Title,
                Year = work.Year,
                Classifications = codes,
            });
        }

        return signatures;
    }
}
