using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Monitoring.Domain.Reports;
using Monitoring.Simulator;

namespace Monitoring.Benchmarks;

/// <summary>From posting a report to the case arriving at a wall client over SignalR (WebSockets), as a browser on the
/// wall would see it. The center pushes each node's changes at most every 250 ms, so that much is in the figure.
/// The wall signs in as the operator of mabes, who sees every case; the reports go in as the integration.</summary>
public static class WallLatency
{
    public static async Task<(double P50Ms, double P99Ms, int Seen, int Sent)> MeasureAsync(
        Uri center, HttpClient client, BenchTokens tokens, int count, double perSecond)
    {
        var arrived = new ConcurrentDictionary<string, long>();
        await using var wall = new HubConnectionBuilder()
            .WithUrl(new Uri(center, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(tokens.Operator))
            .Build();
        wall.On<JsonElement>("cases", batch =>
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var change in batch.EnumerateArray())
                arrived.TryAdd(change.GetProperty("case").GetProperty("caseId").GetString()!, now);
        });
        await wall.StartAsync();
        await wall.InvokeAsync<JsonElement>("JoinWall");

        var traffic = new TrafficModel(new Random(42));
        var posted = new ConcurrentDictionary<string, long>();
        var sends = new List<Task>();
        using var pace = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
        for (var i = 0; i < count; i++)
        {
            await pace.WaitForNextTickAsync();
            var call = traffic.NextCase(DateTimeOffset.UtcNow);
            sends.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var request = BenchTokens.Post("/api/interactions", tokens.Integration, call);
                using var response = await client.SendAsync(request);
                if (!response.IsSuccessStatusCode) return;
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                posted[body.GetProperty("caseId").GetString()!] = started;
            }));
        }
        await Task.WhenAll(sends);
        // The last pushes are at most a batch interval behind the last 201.
        var settle = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (posted.Keys.Any(id => !arrived.ContainsKey(id)) && settle.Elapsed < TimeSpan.FromSeconds(10)) await poll.WaitForNextTickAsync();

        var latencies = posted.Where(p => arrived.ContainsKey(p.Key))
            .Select(p => Stopwatch.GetElapsedTime(p.Value, arrived[p.Key]).TotalMilliseconds).Order().ToList();
        return (ResponseTimeReport.Percentile(latencies, 0.5) ?? double.NaN, ResponseTimeReport.Percentile(latencies, 0.99) ?? double.NaN,
            latencies.Count, count);
    }
}
