using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitoring.EndToEnd.Tests;

/// <summary>Three server processes on PostgreSQL; one is killed with SIGKILL in the middle of a burst.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ClusterFaultTests : ClusterTest
{
    private sealed record Recorded(string Caller, string? CaseId, bool Unattended);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_node_killed_mid_burst_loses_no_interaction_no_case_and_no_deadline(bool tls)
    {
        if (tls) UseTls();
        var nodes = await StartClusterAsync();
        await using var seed = nodes[0];
        await using var victim = nodes[1];
        await using var third = nodes[2];

        // A wall on the third node hears of a case recorded on the first: pub/sub spans the cluster.
        var heard = new ConcurrentBag<string>();
        await using var wall = new HubConnectionBuilder().WithUrl(new Uri(third.Client.BaseAddress!, "/hubs/wall"),
            o => o.AccessTokenProvider = async () => await third.Client.TokenAsync()).Build();
        wall.On<List<JsonElement>>("cases", batch => { foreach (var c in batch) heard.Add(c.GetProperty("case").GetProperty("caseId").GetString()!); });
        await wall.StartAsync();
        await wall.InvokeAsync<JsonElement>("JoinWall");
        var first = await seed.Client.PostAsJsonAsync("/api/interactions", new
        {
            callerNumber = "0819999999", kind = "report", category = "crime", summary = "Pencurian",
            location = new { latitude = -6.23147, longitude = 106.85152 },
        });
        var firstCase = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        await Eventually.Until(() => Task.FromResult(heard.Contains(firstCase)), h => h, what: "the wall on n3 hears a case recorded on n1");

        // The burst: every node takes calls; one in four is a P1 fire nobody will acknowledge.
        var recorded = new List<Recorded>();
        var killedAt = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 120; i++)
        {
            if (i == 60)
            {
                victim.Kill();
                killedAt = clock.Elapsed;
            }
            var node = nodes.Where(n => n.Running).ElementAt(i % nodes.Count(n => n.Running));
            var caller = $"0819{i:D6}";
            var unattended = i % 4 == 0;
            object body = unattended
                ? new { callerNumber = caller, kind = "report", category = "fire", summary = "Kebakaran", location = new { latitude = -6.17094, longitude = 106.81882 } }
                : i % 4 == 1
                    ? new { callerNumber = caller, kind = "complaint", category = "insult", summary = "Dihina", location = new { latitude = -6.34348, longitude = 106.66769 } }
                    : new { callerNumber = caller, kind = "prank" };
            try
            {
                var response = await node.Client.PostAsJsonAsync("/api/interactions", body);
                if (response.StatusCode != HttpStatusCode.Created) continue;   // a 503 while the cluster heals records nothing
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                recorded.Add(new Recorded(caller, json.GetProperty("caseId").GetString(), unattended));
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
        }
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{recorded.Count} of 120 calls got a 201; n2 killed at {killedAt.TotalSeconds:0.0} s");
        Assert.True(recorded.Count >= 100, $"only {recorded.Count} calls got a 201");

        var survivors = new[] { seed, third };
        // Every interaction that got a 201 is in the journal and reaches the read model.
        foreach (var r in recorded)
            await Eventually.Until(async () => (await survivors[0].Client.GetFromJsonAsync<JsonElement>($"/api/callers/{r.Caller}/interactions")).GetProperty("total").GetInt32(),
                n => n == 1, within: TimeSpan.FromSeconds(60), what: $"the interaction of {r.Caller}");

        // Every case that got a 201 is reachable through every surviving node.
        var cases = recorded.Where(r => r.CaseId is not null).ToList();
        foreach (var r in cases)
        foreach (var node in survivors)
            await Eventually.Until(async () => (await node.Client.GetAsync($"/api/cases/{r.CaseId}")).StatusCode,
                s => s == HttpStatusCode.OK, within: TimeSpan.FromSeconds(60), what: $"{r.CaseId} through {node.Name}");
        output.WriteLine($"every case reachable through both survivors {(clock.Elapsed - killedAt).TotalSeconds:0.0} s after the kill");

        // Every deadline that passed, including while the case's node was dead, escalated; none escalated twice.
        foreach (var r in cases.Where(c => c.Unattended))
        {
            var view = await Eventually.Until(() => survivors[1].Client.GetFromJsonAsync<JsonElement>($"/api/cases/{r.CaseId}"),
                c => c.GetProperty("escalationLevel").GetInt32() >= 1, within: TimeSpan.FromSeconds(90), what: $"{r.CaseId} escalates");
            var escalations = view.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "escalated")
                .Select(e => (At: e.GetProperty("at").GetDateTimeOffset(), Level: e.GetProperty("escalationLevel").GetInt32())).ToList();
            for (var i = 1; i < escalations.Count; i++)
            {
                Assert.True(escalations[i].Level == Math.Min(escalations[i - 1].Level + 1, 3), $"{r.CaseId}: levels {string.Join(",", escalations.Select(e => e.Level))}");
                Assert.True(escalations[i].At - escalations[i - 1].At >= AcknowledgeSla * 0.9,
                    $"{r.CaseId} escalated twice for one deadline: {escalations[i - 1].At:O} and {escalations[i].At:O}");
            }
        }
        output.WriteLine($"every unattended case escalated {(clock.Elapsed - killedAt).TotalSeconds:0.0} s after the kill");
    }
}
