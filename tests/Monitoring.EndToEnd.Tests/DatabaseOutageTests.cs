using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.EndToEnd.Tests;

/// <summary>PostgreSQL restarted under load: 503s with problem details while it is away, nothing acknowledged is lost, and the
/// center recovers by itself.</summary>
[Collection(nameof(BrowserTests))]
public sealed class DatabaseOutageTests : ClusterTest
{
    [Fact]
    public async Task Requests_during_a_database_outage_get_503_and_every_201_survives_it()
    {
        var seedPort = ServerNode.FreePort();
        await using var node = ServerNode.Start("outage", seedPort, seedPort, Settings);
        await node.WaitReadyAsync();

        var created = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var slowest = TimeSpan.Zero;
        var sent = 0;
        using var stop = new CancellationTokenSource();
        async Task Caller(int worker)
        {
            while (!stop.IsCancellationRequested)
            {
                var caller = $"0816{worker}{Interlocked.Increment(ref sent):D5}";
                var started = Stopwatch.GetTimestamp();
                var response = await node.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = caller, kind = "prank" });
                var took = Stopwatch.GetElapsedTime(started);
                lock (statuses) slowest = took > slowest ? took : slowest;
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Created) created.Add(caller);
                else
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }
        var callers = Enumerable.Range(1, 4).Select(Caller).ToList();

        await Eventually.Until(() => Task.FromResult(created.Count), n => n >= 50, what: "traffic before the outage");
        PostgresServer.Instance.Halt();
        await Eventually.Until(() => Task.FromResult(statuses.GetValueOrDefault(503)), n => n >= 3, within: TimeSpan.FromSeconds(60),
            what: "503s while the database is away");
        var beforeResume = created.Count;
        PostgresServer.Instance.Resume();
        await Eventually.Until(() => Task.FromResult(created.Count), n => n >= beforeResume + 50, within: TimeSpan.FromSeconds(90),
            what: "201s again after the database is back");
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"statuses [{string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}], slowest {slowest.TotalSeconds:0.0} s");
        Assert.Equal([201, 503], statuses.Keys.Order());
        Assert.True(slowest < TimeSpan.FromSeconds(15), $"a request hung for {slowest.TotalSeconds:0.0} s");

        // Nothing acknowledged as written is lost: every 201 reaches the read model.
        foreach (var caller in created)
            await Eventually.Until(async () => (await node.Client.GetFromJsonAsync<JsonElement>($"/api/callers/{caller}/interactions")).GetProperty("total").GetInt32(),
                n => n == 1, within: TimeSpan.FromSeconds(60), what: $"the interaction of {caller}");
        Assert.Equal(HttpStatusCode.OK, (await node.Client.GetAsync("/readyz")).StatusCode);
    }
}
