namespace ExpertGraph.Core.Text;

/// <summary>Which analyzer a text needs: any Han character sends it to the Chinese fields.</summary>
public static class ScriptDetector
{
    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsHan(c)) return true;
        return false;
    }

    /// <summary>CJK unified ideographs (basic block and extension A) and compatibility ideographs.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
