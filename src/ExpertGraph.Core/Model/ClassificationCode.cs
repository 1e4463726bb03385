namespace ExpertGraph.Core.Model;

/// <summary>A code from a classification scheme: "IPC" "H01L 21/027", "CPC", "USPC", "NSFC" "C0106", "OpenAlexTopic", ...</summary>
public sealed record ClassificationCode(string Scheme, string Code, string? Label = null);
