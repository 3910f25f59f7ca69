using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Monitoring.Server.Tests;

[Collection(nameof(ServerHosts))]
public sealed class ReadModelRebuildTests
{
    private sealed record Page(List<JsonElement> Items, int Total);

    /// <summary>Read-model tables dropped while the center is down; pooled SQLite connections would still see them.</summary>
    private static void Drop(TempFolder folder, params string[] tables)
    {
        foreach (var table in tables) TestStorage.Execute(folder.Path, $"DROP TABLE {table}");
        SqliteConnection.ClearAllPools();
    }

    private static Task<Page> OneCaseAsync(MonitoringFactory center, Api api) =>
        Eventually.Until(() => center.GetJsonAsync<Page>(api.Client, "/api/cases"), p => p.Total == 1, what: "the rebuilt case list");

    [Fact]
    public async Task An_emptied_read_model_rebuilds_from_the_journal_after_a_restart()
    {
        using var folder = new TempFolder();
        string caseId;
        using (var first = new MonitoringFactory(folder.Path))
        {
            var api = first.Api();
            caseId = (await api.RecordAsync(Api.Report(caller: "0816000000"))).CaseId!.Value.Value;
            await api.RecordAsync(new { callerNumber = "0816000000", kind = "information" });
            await Eventually.Until(() => api.HistoryAsync("0816000000"), h => h.Count == 2);
        }

        Drop(folder, "rm_case", "rm_interaction", "rm_case_milestone", "rm_offset");

        using var second = new MonitoringFactory(folder.Path);
        var again = second.Api();
        var page = await OneCaseAsync(second, again);
        Assert.Equal(caseId, page.Items[0].GetProperty("caseId").GetString());
        var history = await Eventually.Until(() => again.HistoryAsync("0816000000"), h => h.Count == 2);
        Assert.Equal("information", Monitoring.Domain.DomainJson.Name(history[0].Interaction.Kind));
    }

    [Fact]
    public async Task Cases_rebuild_beside_milestones_that_were_kept()
    {
        using var folder = new TempFolder();
        string caseId;
        using (var first = new MonitoringFactory(folder.Path))
        {
            var api = first.Api();
            var opened = await api.RecordAsync(Api.Report());
            caseId = opened.CaseId!.Value.Value;
            var ack = await api.ActAsync(caseId, "acknowledge", new { unitId = opened.AssignedUnitId!.Value.Value, officer = "Bripka Andi" });
            Assert.True(ack.IsSuccessStatusCode);
            await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(folder.Path, "SELECT COUNT(*) FROM rm_case_milestone")), n => n == 1);
        }

        // The milestones stay; the cases and the offset go, so the projection replays events whose milestones are stored.
        Drop(folder, "rm_case", "rm_offset");

        using var second = new MonitoringFactory(folder.Path);
        var page = await OneCaseAsync(second, second.Api());
        Assert.Equal("acknowledged", page.Items[0].GetProperty("state").GetString());
        Assert.Equal(1, TestStorage.Scalar<long>(folder.Path, "SELECT COUNT(*) FROM rm_case_milestone"));
    }
}
