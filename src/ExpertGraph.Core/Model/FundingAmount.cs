namespace ExpertGraph.Core.Model;

/// <summary>Funding of a project in its source currency; NSFC amounts given in 万元 are converted to CNY (× 10,000).</summary>
public sealed record FundingAmount(decimal Amount, string Currency);
