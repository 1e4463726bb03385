namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>One part of a Chinese name in both scripts: 张 / "Zhang", 志强 / "Zhiqiang".</summary>
internal readonly record struct ChineseNamePart(string Hanzi, string Latin);
