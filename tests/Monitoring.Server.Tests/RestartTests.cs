using Monitoring.Domain.Cases;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

[Collection(nameof(ServerHosts))]
public sealed class RestartTests
{
    [Fact]
    public async Task A_restart_over_the_same_database_keeps_cases_queues_and_caller_history()
    {
        using var folder = new TempFolder();
        string caseId, polsek;
        using (var first = new MonitoringFactory(folder.Path))
        {
            var api = first.Api();
            var intake = await api.RecordAsync(Api.Report(caller: "081299990000"));
            caseId = intake.CaseId!.Value.Value;
            polsek = intake.AssignedUnitId!.Value.Value;
            await api.RecordAsync(new { callerNumber = "081299990000", kind = "prank" });
            var ack = await api.ActAsync(caseId, "acknowledge", new { unitId = polsek, officer = "Bripka Sari" });
            Assert.True(ack.IsSuccessStatusCode);
            await Eventually.Until(() => api.HistoryAsync("081299990000"), h => h.Count == 2);
        }

        using var second = new MonitoringFactory(folder.Path);
        var again = second.Api();
        // The queue fills by itself as the remembered case comes back; nobody asks the case first.
        var queue = await Eventually.Until(() => second.GetJsonAsync<UnitQueueView>(again.Client, $"/api/units/{polsek}"),
            q => q.Queue.Count == 1, what: "the unit's queue after restart");
        Assert.Equal(CaseState.Acknowledged, queue.Queue[0].Case.State);

        var view = await again.CaseAsync(caseId);
        Assert.Equal(CaseState.Acknowledged, view.State);
        Assert.Equal(["opened", "acknowledged"], view.Timeline.Select(t => t.Type));
        var history = await again.HistoryAsync("081299990000");
        Assert.Equal(2, history.Count);
        Assert.Equal(caseId, history[1].CaseId?.Value);
    }
}
