using AngleSharp.Dom;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>One line of a page's visible text and the element that holds it.</summary>
internal sealed record PageLine(string Text, IElement? Element)
{
    public bool IsHeading => Element is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt" or "th" }
        || Element?.LocalName is "strong" or "b";

    public bool IsListItem => Element?.Closest("li") is not null;
}
