using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>One source's /works list: the URL of a page at a cursor, and what a page's body says.</summary>
internal abstract class HarvestApi(HarvestOptions options)
{
    /// <summary>The cursor of a list's first page, for both sources.</summary>
    public const string FirstCursor = "*";

    protected HarvestOptions Options { get; } = options;

    public static HarvestApi For(HarvestOptions options) =>
        options.Source == HarvestSource.OpenAlex ? new OpenAlexApi(options) : new CrossrefApi(options);

    /// <summary>"ExpertGraph/1.2.3 (mailto:…)": Crossref puts a request in its polite pool by this header.</summary>
    public string UserAgent
    {
        get
        {
            var version = typeof(HarvestApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            if (plus > 0) version = version[..plus];
            return Options.Mailto is { } mailto ? $"ExpertGraph/{version} (mailto:{mailto})" : $"ExpertGraph/{version}";
        }
    }

    public abstract Uri PageUri(string cursor, int pageSize);

    /// <summary>Reads a body; throws <see cref="HarvestBodyException"/> when it is not a whole page of this source.</summary>
    public HarvestPage Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return ParsePage(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new HarvestBodyException($"not whole JSON ({body.Length} bytes): {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new HarvestBodyException("a field of an unexpected JSON type: " + ex.Message, ex);
        }
    }

    protected abstract HarvestPage ParsePage(JsonElement root);

    /// <summary>The filter parameter: the user's filter and the since-filter, joined as both sources join filters.</summary>
    protected string? CombinedFilter(string sinceFilterName)
    {
        var since = Options.Since is { } day ? sinceFilterName + ":" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        if (string.IsNullOrWhiteSpace(Options.Filter)) return since;
        return since is null ? Options.Filter.Trim() : Options.Filter.Trim() + "," + since;
    }

    protected Uri WorksUri(IEnumerable<(string Name, string? Value)> parameters)
    {
        var text = new StringBuilder(Options.EffectiveBaseUrl.AbsoluteUri.TrimEnd('/')).Append("/works");
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null) continue;
            text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(text.ToString());
    }

    protected static JsonElement Property(JsonElement element, string name, JsonValueKind kind, string where)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != kind)
            throw new HarvestBodyException($"{where} has no {name} {kind.ToString().ToLowerInvariant()}");
        return value;
    }

    protected static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    protected static long? OptionalNumber(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;
}
