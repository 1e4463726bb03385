namespace ExpertGraph.Core.Text;

/// <summary>Folding help for Latin letters that NFD cannot strip, shared by name keys and place/institution matching.</summary>
public static class LatinLetters
{
    /// <summary>The plain spelling of a lower-case letter that carries no combining mark in Unicode (ø → o, ß → ss), or null.</summary>
    public static string? PlainForm(char c) => c switch
    {
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
