using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.EndToEnd.Tests;

/// <summary>A node stopped with SIGTERM hands its shards over; started again on its port, it takes shards again.</summary>
[Collection(nameof(BrowserTests))]
public sealed class GracefulLeaveTests : ClusterTest
{
    [Fact]
    public async Task A_node_leaving_with_SIGTERM_keeps_every_case_reachable_and_takes_shards_again_when_it_returns()
    {
        var nodes = await StartClusterAsync();
        await using var seed = nodes[0];
        var leaver = nodes[1];
        await using var third = nodes[2];
        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
            cases.Add(await RecordAsync(nodes[i % 3], $"0818{i:D6}"));

        // Watch every case through the seed while the node leaves; measure the longest time any case could not be reached.
        var longest = TimeSpan.Zero;
        var unreachableSince = new Dictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        var leaving = leaver.TerminateAsync();
        while (!leaving.IsCompleted || clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var id in cases)
            {
                var ok = await Reachable(seed, id);
                if (ok && unreachableSince.Remove(id, out var since)) longest = Max(longest, clock.Elapsed - since);
                else if (!ok) unreachableSince.TryAdd(id, clock.Elapsed);
            }
        }
        await leaving;
        foreach (var since in unreachableSince.Values) longest = Max(longest, clock.Elapsed - since);
        TestContext.Current.TestOutputHelper!.WriteLine($"longest a case was unreachable while a node left: {longest.TotalSeconds:0.0} s");
        Assert.True(unreachableSince.Count == 0, $"{unreachableSince.Count} cases unreachable after the leave");
        Assert.True(longest < TimeSpan.FromSeconds(5), $"a case was unreachable for {longest.TotalSeconds:0.0} s");

        // Back on its port, the node joins again and new cases are placed on it.
        await using var returned = ServerNode.Start("n2-again", leaver.ClusterPort, seed.ClusterPort, Settings);
        await returned.WaitReadyAsync();
        await leaver.DisposeAsync();
        var hosted = await Eventually.Until(async () =>
        {
            await RecordAsync(seed, $"0817{Random.Shared.Next(1_000_000):D6}");
            return await OpenCasesHeldBy(returned);
        }, n => n > 0, within: TimeSpan.FromSeconds(60), what: "the returned node holds cases");
        Assert.True(hosted > 0);
    }

    private static async Task<string> RecordAsync(ServerNode node, string caller)
    {
        var response = await node.Client.PostAsJsonAsync("/api/interactions", new
        {
            callerNumber = caller, kind = "complaint", category = "insult", summary = "Dihina",
            location = new { latitude = -6.34348, longitude = 106.66769 },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
    }

    private static async Task<bool> Reachable(ServerNode node, string caseId)
    {
        try { return (await node.Client.GetAsync($"/api/cases/{caseId}")).StatusCode == HttpStatusCode.OK; }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
    }

    private static async Task<double> OpenCasesHeldBy(ServerNode node) =>
        (await MetricsScrape.TakeAsync(node.Manager)).SumOf("monitoring_open_cases");

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
