using System.Diagnostics;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Monitoring.Simulator;

namespace Monitoring.Benchmarks;

/// <summary>The center end to end over HTTP: intake at saturation and at half of it, intake to wall, memory per open
/// case and the time to bring every open case back after a SIGKILL.</summary>
public static class CenterBench
{
    public sealed record Figures(
        LoadSummary NewCallersSaturation, LoadSummary Saturation, LoadSummary Half, (double P50Ms, double P99Ms, int Seen, int Sent) Wall,
        long OpenCases, double BytesPerOpenCase, TimeSpan Ready, TimeSpan Recovered, long RecoveredCases);

    public static async Task<Figures> RunAsync(StorageOptions storage, BenchOptions options, Action<string> say)
    {
        var port = CenterProcess.FreePort();
        var admin = BenchTokens.NewAdminPassword();
        var center = CenterProcess.Start(storage, port, admin);
        try
        {
            await center.WaitReadyAsync(TimeSpan.FromMinutes(2));
            var tokens = await BenchTokens.IssueAsync(center.Client, admin);
            center.ScrapeAs(tokens.Manager);
            await WarmUpAsync(center, tokens, options, say);

            // Rounds alternate the two kinds of traffic, so a drift of the machine's speed touches both alike.
            var rounds = new List<(LoadSummary NewCallers, LoadSummary Realistic)>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var n = await LoadAsync(center, tokens, rate: 0, count: options.SaturationCalls, duration: null, concurrency: 128, newCallersOnly: true);
                say($"round {round}, intake at saturation, every caller new: {n.Describe()}");
                var r = await LoadAsync(center, tokens, rate: 0, count: options.SaturationCalls, duration: null, concurrency: 128);
                say($"round {round}, intake at saturation, callers ringing again as in real traffic: {r.Describe()}");
                rounds.Add((n, r));
            }
            var newCallers = Median(rounds.Select(r => r.NewCallers));
            var saturation = Median(rounds.Select(r => r.Realistic));
            var half = await LoadAsync(center, tokens, rate: saturation.CreatedPerSecond / 2, count: 0, duration: options.Duration * 2, concurrency: 1024);
            say($"intake at 50 % ({saturation.CreatedPerSecond / 2:0}/s): {half.Describe()}");

            var wall = await WallLatency.MeasureAsync(center.Address, center.Client, tokens, options.WallCases, perSecond: 20);
            say($"intake to wall: p50 {wall.P50Ms:0} ms, p99 {wall.P99Ms:0} ms ({wall.Seen} of {wall.Sent} cases seen)");

            // Memory: resident growth over a large batch of cases that stay open.
            var before = (Cases: await center.OpenCasesAsync(), Rss: center.ResidentBytes);
            var opened = await LoadAsync(center, tokens, rate: 0, count: options.OpenCases, duration: null, concurrency: 128, casesOnly: true, newCallersOnly: true);
            var after = (Cases: await center.OpenCasesAsync(), Rss: center.ResidentBytes);
            var perCase = (after.Rss - before.Rss) / (double)Math.Max(1, after.Cases - before.Cases);
            say($"opened {after.Cases - before.Cases} cases at {opened.CreatedPerSecond:0}/s: {after.Cases} open, resident {before.Rss / 1e6:0} MB → "
                + $"{after.Rss / 1e6:0} MB, {perCase / 1024:0.0} KB per open case");

            // Recovery: SIGKILL, start again on the same database, time until every open case is live again.
            center.Kill();
            await center.DisposeAsync();
            var clock = Stopwatch.StartNew();
            center = CenterProcess.Start(storage, port, admin);
            await center.WaitReadyAsync(TimeSpan.FromMinutes(5));
            var ready = clock.Elapsed;
            center.ScrapeAs(tokens.Manager);   // a new process, the same tokens: a machine token lasts until it is revoked
            long live = 0;
            using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
            while (clock.Elapsed < TimeSpan.FromMinutes(30) && (live = await center.OpenCasesAsync()) < after.Cases) await poll.WaitForNextTickAsync();
            var recovered = clock.Elapsed;
            say($"after SIGKILL: ready in {ready.TotalSeconds:0.0} s, {live} of {after.Cases} open cases live again in {recovered.TotalSeconds:0.0} s");
            return new Figures(newCallers, saturation, half, wall, after.Cases, perCase, ready, recovered, live);
        }
        finally
        {
            await center.DisposeAsync();
        }
    }

    /// <summary>
    /// For the first minutes of load the runtime keeps compiling hot code again, better optimized (tiered compilation
    /// with profile-guided optimization; docs/benchmarks.md): slices of saturation, at least the warm-up's count, until
    /// the compiler worked less than a tenth of a slice's time (it keeps a few per cent for good), so the rounds
    /// measure the center as it runs for the rest of a day. At most five times the count: a compiler that does not
    /// settle is reported, not waited for.
    /// </summary>
    private static async Task WarmUpAsync(CenterProcess center, BenchTokens tokens, BenchOptions options, Action<string> say)
    {
        var slice = Math.Min(options.SaturationCalls, options.WarmupCalls);
        for (var calls = 0; calls < 5 * options.WarmupCalls;)
        {
            var compiled = await center.CompilerSecondsAsync();
            var run = await LoadAsync(center, tokens, rate: 0, count: slice, duration: null, concurrency: 128);
            var share = (await center.CompilerSecondsAsync() - compiled) / run.Elapsed.TotalSeconds;
            calls += slice;
            say($"warm-up to {calls} calls: {run.CreatedPerSecond:0}/s, the JIT compiler busy {share:0.0 %} of the time");
            if (calls >= options.WarmupCalls && share < 0.1) return;
        }
    }

    private static LoadSummary Median(IEnumerable<LoadSummary> runs)
    {
        var sorted = runs.OrderBy(r => r.CreatedPerSecond).ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task<LoadSummary> LoadAsync(
        CenterProcess center, BenchTokens tokens, double rate, int count, TimeSpan? duration, int concurrency, bool casesOnly = false, bool newCallersOnly = false)
    {
        // A fresh seed each time: numbers of an earlier run would find their callers still awake.
        var options = new LoadOptions(rate, count, duration, concurrency, Act: false, LateShare: 0, NeverShare: 0, OfficerSpeed: 1,
            Seed: Random.Shared.Next(), FollowHourOfDay: false, CasesOnly: casesOnly, NewCallersOnly: newCallersOnly);
        return await new LoadRunner(center.Client, options, TextWriter.Null, tokens.ForLoad).RunAsync(CancellationToken.None);
    }
}
