namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>A scholarly API whose /works list a harvest pages through.</summary>
public enum HarvestSource
{
    /// <summary>OpenAlex (api.openalex.org): pages of {"meta", "results"}, read by the openalex-json reader.</summary>
    OpenAlex = 1,

    /// <summary>Crossref REST (api.crossref.org): pages of {"message-type": "work-list", "message": {"items"}}.</summary>
    Crossref,
}
