using System.Text.Json;

namespace ExpertGraph.Benchmarks.Synthetic;

internal sealed partial class OpenAlexWorkWriter
{
    /// <summary>Property names encoded once, not once per work.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Doi = JsonEncodedText.Encode("doi");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("display_name");
        public static readonly JsonEncodedText PublicationYear = JsonEncodedText.Encode("publication_year");
        public static readonly JsonEncodedText PublicationDate = JsonEncodedText.Encode("publication_date");
        public static readonly JsonEncodedText Ids = JsonEncodedText.Encode("ids");
        public static readonly JsonEncodedText OpenAlex = JsonEncodedText.Encode("openalex");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText PrimaryLocation = JsonEncodedText.Encode("primary_location");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Authorships = JsonEncodedText.Encode("authorships");
        public static readonly JsonEncodedText AuthorPosition = JsonEncodedText.Encode("author_position");
        public static readonly JsonEncodedText Author = JsonEncodedText.Encode("author");
        public static readonly JsonEncodedText Orcid = JsonEncodedText.Encode("orcid");
        public static readonly JsonEncodedText Institutions = JsonEncodedText.Encode("institutions");
        public static readonly JsonEncodedText CountryCode = JsonEncodedText.Encode("country_code");
        public static readonly JsonEncodedText Countries = JsonEncodedText.Encode("countries");
        public static readonly JsonEncodedText IsCorresponding = JsonEncodedText.Encode("is_corresponding");
        public static readonly JsonEncodedText RawAuthorName = JsonEncodedText.Encode("raw_author_name");
        public static readonly JsonEncodedText RawAffiliationStrings = JsonEncodedText.Encode("raw_affiliation_strings");
        public static readonly JsonEncodedText CitedByCount = JsonEncodedText.Encode("cited_by_count");
        public static readonly JsonEncodedText PrimaryTopic = JsonEncodedText.Encode("primary_topic");
        public static readonly JsonEncodedText Topics = JsonEncodedText.Encode("topics");
        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
        public static readonly JsonEncodedText Keywords = JsonEncodedText.Encode("keywords");
        public static readonly JsonEncodedText First = JsonEncodedText.Encode("first");
        public static readonly JsonEncodedText Middle = JsonEncodedText.Encode("middle");
        public static readonly JsonEncodedText Last = JsonEncodedText.Encode("last");
        public static readonly JsonEncodedText AbstractInvertedIndex = JsonEncodedText.Encode("abstract_inverted_index");
    }
}
