using Monitoring.Server.Alerts;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

/// <summary>
/// A surge is about the area where the reports happen: cases escalated from a Polsek to its Polres still count for the
/// Polsek's surge and not for the Polres's, whose queue now holds them (a Polres-wide rule summing its Polsek would be another).
/// </summary>
public sealed class SurgeEscalationTests : ServerTest
{
    private const string Setu = "polsek-setu-tangerang-selatan";
    private const string Polres = "polres-tangerang-selatan";

    public SurgeEscalationTests()
        : base(new Dictionary<string, string?>
        {
            ["Monitoring:Surge:Threshold"] = "3",
            ["Monitoring:Surge:Window"] = "00:01:00",
            ["Monitoring:Surge:CheckEvery"] = "00:00:00.5",
            ["Monitoring:Sla:P1:Acknowledge"] = "00:00:01",
            ["Monitoring:Sla:P1:Dispatch"] = "00:05:00",
            ["Monitoring:Sla:P1:OnScene"] = "00:10:00",
            ["Monitoring:Sla:P1:Resolve"] = "04:00:00",
        })
    {
    }

    [Fact]
    public async Task Cases_escalated_to_the_Polres_count_for_the_Polseks_surge_and_not_for_the_Polres()
    {
        var cases = new List<string>();
        for (var i = 0; i < 3; i++) cases.Add((await Api.RecordAsync(Api.Report(caller: $"08123456781{i}"))).CaseId!.Value.Value);

        // The Polres's own actor holds all three as escalated to it: it has heard of each, and judged its window on each.
        await Eventually.Until(() => Factory.GetJsonAsync<UnitQueueView>(Api.Client, $"/api/units/{Polres}"),
            q => cases.All(id => q.Queue.Any(c => c.Case.CaseId.Value == id && c.Relation == "escalated")),
            what: "the three cases escalated into the Polres's queue");

        var alerts = await Eventually.Until(() => Factory.GetJsonAsync<List<AlertView>>(Api.Client, "/api/alerts"), a => a.Count > 0,
            what: "the surge alert");
        Assert.Equal([Setu], alerts.Select(a => a.UnitId));
        // A raise is kept in the unit's journal before the unit answers anything else, so the Polres's queue above came after any raise of its own.
        Assert.Equal(0, TestStorage.JournalRowsHolding(Folder.Path, $"unit-{Polres}"));
        Assert.True(TestStorage.JournalRowsHolding(Folder.Path, $"unit-{Setu}") > 0,
            "the Polsek's raise is in its journal");
    }
}
