namespace ExpertGraph.Integration.Tests.Support;

/// <summary>A line a child process wrote, and when it arrived after the process started.</summary>
internal sealed record TimedLine(TimeSpan At, string Text);
