using System.Globalization;
using System.Text.Json;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Writes a planned work as one OpenAlex work object, with the field names and shapes of the OpenAlex API, so the
/// real reader and pipeline ingest the synthetic corpus exactly as they ingest downloaded OpenAlex data.
/// </summary>
internal sealed partial class OpenAlexWorkWriter(Population population, NameSources sources, EncodedFragments fragments)
{
    private readonly Dictionary<string, int> _abstractSlots = new(StringComparer.Ordinal);
    private readonly List<string> _abstractOrder = new(capacity: 64);
    private readonly List<List<int>> _abstractPositions = [];
    private readonly char[] _id = new char[96];
    private readonly char[] _doi = new char[96];

    public void Write(Utf8JsonWriter json, WorkPlan plan)
    {
        json.WriteStartObject();
        var workId = OpenAlexIds.Format(_id, "https://openalex.org/W", OpenAlexIds.WorkOffset + plan.Index);
        json.WriteString(Names.Id, workId);
        var doi = plan.HasDoi ? Doi(plan) : default;
        if (plan.HasDoi) json.WriteString(Names.Doi, doi);
        else json.WriteNull(Names.Doi);
        json.WriteString(Names.Title, plan.Title);
        json.WriteString(Names.DisplayName, plan.Title);
        json.WriteNumber(Names.PublicationYear, plan.Year);
        json.WriteString(Names.PublicationDate, string.Create(CultureInfo.InvariantCulture, $"{plan.Year:D4}-{plan.Month:D2}-{plan.Day:D2}"));

        json.WriteStartObject(Names.Ids);
        json.WriteString(Names.OpenAlex, workId);
        if (plan.HasDoi) json.WriteString(Names.Doi, doi);
        json.WriteEndObject();

        json.WriteString(Names.Language, plan.InChinese ? "zh" : "en");
        WriteLocation(json, plan.Venue);
        json.WriteString(Names.Type, "article");

        json.WriteStartArray(Names.Authorships);
        for (var position = 0; position < plan.Team.Count; position++) WriteAuthorship(json, plan, position);
        json.WriteEndArray();

        json.WriteNumber(Names.CitedByCount, plan.CitedBy);
        WriteTopics(json, plan);
        WriteKeywords(json, plan);
        WriteAbstract(json, plan.AbstractWords);
        json.WriteEndObject();
    }

    private ReadOnlySpan<char> Doi(WorkPlan plan)
    {
        // One DOI prefix per venue, as publishers have; the suffix makes it unique.
        var prefix = string.Create(CultureInfo.InvariantCulture, $"https://doi.org/10.{1000 + plan.Venue % 9000}/eg.{plan.Year}.");
        return OpenAlexIds.Format(_doi, prefix, plan.Index);
    }

    private void WriteLocation(Utf8JsonWriter json, int venue)
    {
        json.WriteStartObject(Names.PrimaryLocation);
        json.WriteStartObject(Names.Source);
        json.WriteString(Names.Id, OpenAlexIds.Format(_id, "https://openalex.org/S", OpenAlexIds.SourceOffset + venue));
        json.WriteString(Names.DisplayName, fragments.Venues[venue]);
        json.WriteString(Names.Type, "journal");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteAuthorship(Utf8JsonWriter json, WorkPlan plan, int position)
    {
        var person = plan.Team[position];
        var name = plan.InChinese && population.HanziName[person] is not null
            ? fragments.HanziNames[person]
            : fragments.LatinNames[person];
        var institution = population.InstitutionAt(person, plan.Year);

        json.WriteStartObject();
        json.WriteString(Names.AuthorPosition, position == 0 ? Names.First : position == plan.Team.Count - 1 ? Names.Last : Names.Middle);
        json.WriteStartObject(Names.Author);
        json.WriteString(Names.Id, OpenAlexIds.Format(_id, "https://openalex.org/A", OpenAlexIds.AuthorOffset + person));
        json.WriteString(Names.DisplayName, name);
        if (population.HasOrcid[person]) json.WriteString(Names.Orcid, OpenAlexIds.Orcid(_id, person));
        else json.WriteNull(Names.Orcid);
        json.WriteEndObject();

        json.WritePropertyName(Names.Institutions);
        json.WriteRawValue(fragments.Institutions[institution], skipInputValidation: true);
        json.WritePropertyName(Names.Countries);
        json.WriteRawValue(fragments.Countries[institution], skipInputValidation: true);
        json.WriteBoolean(Names.IsCorresponding, position == 0);
        json.WriteString(Names.RawAuthorName, name);
        json.WriteStartArray(Names.RawAffiliationStrings);
        var group = population.GroupOf[person];
        var variant = person % 4;
        if (institution == population.HomeInstitution[person]) json.WriteStringValue(fragments.GroupAffiliations[group][variant]);
        else
            json.WriteStringValue(EncodedFragments.AffiliationVariants(sources.Faculty.Institutions[institution],
                sources.Topics.Topics[population.Groups[group].Topic])[variant]);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteTopics(Utf8JsonWriter json, WorkPlan plan)
    {
        json.WritePropertyName(Names.PrimaryTopic);
        json.WriteRawValue(fragments.Topics[0][plan.Topics[0]], skipInputValidation: true);
        json.WriteStartArray(Names.Topics);
        for (var rank = 0; rank < plan.Topics.Count; rank++)
            json.WriteRawValue(fragments.Topics[rank][plan.Topics[rank]], skipInputValidation: true);
        json.WriteEndArray();
    }

    private static void WriteKeywords(Utf8JsonWriter json, WorkPlan plan)
    {
        json.WriteStartArray(Names.Keywords);
        for (var i = 0; i < plan.Keywords.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, plan.Keywords[i].EncodedId);
            json.WriteString(Names.DisplayName, plan.Keywords[i].EncodedDisplayName);
            json.WriteNumber(Names.Score, plan.KeywordScores[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteAbstract(Utf8JsonWriter json, List<string> words)
    {
        if (words.Count == 0)
        {
            json.WriteNull(Names.AbstractInvertedIndex);
            return;
        }

        _abstractSlots.Clear();
        _abstractOrder.Clear();
        for (var position = 0; position < words.Count; position++)
        {
            if (!_abstractSlots.TryGetValue(words[position], out var slot))
            {
                slot = _abstractOrder.Count;
                _abstractSlots[words[position]] = slot;
                _abstractOrder.Add(words[position]);
                if (_abstractPositions.Count <= slot) _abstractPositions.Add(new List<int>(4));
                _abstractPositions[slot].Clear();
            }

            _abstractPositions[slot].Add(position);
        }

        json.WriteStartObject(Names.AbstractInvertedIndex);
        for (var slot = 0; slot < _abstractOrder.Count; slot++)
        {
            json.WriteStartArray(_abstractOrder[slot]);
            foreach (var position in _abstractPositions[slot]) json.WriteNumberValue(position);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
