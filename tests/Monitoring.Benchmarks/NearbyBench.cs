using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Storage;
using Monitoring.Simulator;

namespace Monitoring.Benchmarks;

/// <summary>
/// The question a call taker asks while the caller is on the line — which open cases near here may be this incident —
/// with thousands of cases open: each batch of cases opened through the intake, then GET /api/cases/nearby at random
/// points of Jakarta, one at a time as a call taker asks it, timed over HTTP from request to parsed answer.
/// </summary>
public static class NearbyBench
{
    public sealed record Figures(long OpenCases, int Queries, double P50Ms, double P99Ms, double MaxMs, double MeanCandidates);

    /// <summary>Jakarta's box: where the simulator's calls fall.</summary>
    private const string Polda = "polda-metro-jaya";
    private const double South = -6.37, North = -6.08, West = 106.68, East = 106.98;
    private static readonly string[] Categories = ["fire", "accident", "crime", "riot", "violence"];

    public static async Task<IReadOnlyList<Figures>> RunAsync(StorageOptions storage, IReadOnlyList<int> openSteps, int queries, Action<string> say)
    {
        var port = CenterProcess.FreePort();
        var admin = BenchTokens.NewAdminPassword();
        // Jakarta's center and Jakarta's traffic, as the questions are asked there: national traffic would put most cases
        // far from them.
        await using var center = CenterProcess.Start(storage, port, admin, [$"--Monitoring:Jurisdiction:Polda={Polda}"]);
        var (jakarta, unknown) = TrafficArea.Find(Polda, JurisdictionTree.Default);
        if (unknown is not null) throw new InvalidOperationException(unknown);
        await center.WaitReadyAsync(TimeSpan.FromMinutes(2));
        var tokens = await BenchTokens.IssueAsync(center.Client, admin);
        center.ScrapeAs(tokens.Manager);
        var figures = new List<Figures>();
        var random = new Random(110);
        // A first round on an almost empty index warms the path up; its figure is printed but not kept.
        await MeasureAsync(center, tokens, random, 200);
        foreach (var step in openSteps)
        {
            var missing = step - await center.OpenCasesAsync();
            if (missing > 0)
            {
                var options = new LoadOptions(0, (int)missing, null, 128, Act: false, LateShare: 0, NeverShare: 0, OfficerSpeed: 1,
                    Seed: random.Next(), FollowHourOfDay: false, CasesOnly: true, NewCallersOnly: true, From: jakarta);
                await new LoadRunner(center.Client, options, TextWriter.Null, tokens.ForLoad).RunAsync(CancellationToken.None);
            }
            var open = await center.OpenCasesAsync();
            var (times, candidates) = await MeasureAsync(center, tokens, random, queries);
            times.Sort();
            var f = new Figures(open, queries, Percentile(times, 0.50), Percentile(times, 0.99), times[^1], candidates / (double)queries);
            say($"nearby with {f.OpenCases} cases open: {f.Queries} questions, p50 {f.P50Ms:0.00} ms, p99 {f.P99Ms:0.00} ms, "
                + $"max {f.MaxMs:0.00} ms, {f.MeanCandidates:0.0} candidates on average");
            figures.Add(f);
        }
        return figures;
    }

    private static async Task<(List<double> Ms, long Candidates)> MeasureAsync(CenterProcess center, BenchTokens tokens, Random random, int queries)
    {
        var times = new List<double>(queries);
        long candidates = 0;
        for (var i = 0; i < queries; i++)
        {
            var lat = South + random.NextDouble() * (North - South);
            var lon = West + random.NextDouble() * (East - West);
            var path = string.Create(CultureInfo.InvariantCulture,
                $"/api/cases/nearby?latitude={lat:0.00000}&longitude={lon:0.00000}&category={Categories[random.Next(Categories.Length)]}");
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = CenterTokens.Header(tokens.Integration) } };
            var clock = Stopwatch.StartNew();
            using var response = await center.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var found = await response.Content.ReadFromJsonAsync<JsonElement>();
            times.Add(clock.Elapsed.TotalMilliseconds);
            candidates += found.GetArrayLength();
        }
        return (times, candidates);
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
}
