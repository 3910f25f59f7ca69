using System.Globalization;

namespace Monitoring.Testing;

/// <summary>One scrape of /metrics, read as series → value, for asserting on what the server exports.</summary>
internal sealed class MetricsScrape(IReadOnlyDictionary<string, double> series)
{
    public static async Task<MetricsScrape> TakeAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/metrics");
        var series = new Dictionary<string, double>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.LastIndexOf(' ');
            series[line[..space]] = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
        }
        return new MetricsScrape(series);
    }

    /// <summary>The value of one series, written as in the exposition format: name{a="x",b="y"}; 0 when absent.</summary>
    public double this[string key] => series.GetValueOrDefault(key);

    /// <summary>The sum over every series of one metric.</summary>
    public double SumOf(string name) =>
        series.Where(kv => kv.Key == name || kv.Key.StartsWith(name + "{", StringComparison.Ordinal)).Sum(kv => kv.Value);

    public bool Has(string name) => series.Keys.Any(k => k == name || k.StartsWith(name + "{", StringComparison.Ordinal));
}
