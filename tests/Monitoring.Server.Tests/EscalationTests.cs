using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Tests.Audit;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

public sealed class EscalationTests : ServerTest
{
    public EscalationTests()
        : base(new Dictionary<string, string?>
        {
            ["Monitoring:Sla:P1:Acknowledge"] = "00:00:02",
            ["Monitoring:Sla:P1:Dispatch"] = "00:05:00",
            ["Monitoring:Sla:P1:OnScene"] = "00:10:00",
            ["Monitoring:Sla:P1:Resolve"] = "04:00:00",
        })
    {
    }

    [Fact]
    public async Task An_unacknowledged_P1_case_climbs_to_the_Polres_then_the_Polda_and_either_may_then_act()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        var polsek = intake.AssignedUnitId!.Value;
        var polres = new UnitId("polres-tangerang-selatan");
        var polda = new UnitId("polda-metro-jaya");

        var atPolres = await Eventually.Until(() => Api.CaseAsync(caseId), c => c.EscalationLevel >= 1, what: "escalation to the Polres");
        Assert.Equal(polres, atPolres.Timeline.First(t => t.Type == "escalated").UnitId);
        Assert.Equal(polsek, atPolres.Timeline.First(t => t.Type == "escalated").FromUnitId);
        // What the escalation missed and its alarm as names and numbers, for a page to say them in its language.
        Assert.Equal(("acknowledge", 1), atPolres.Timeline.Where(t => t.Type == "escalated").Select(t => (t.Missed, t.Alarm)).First());

        var atPolda = await Eventually.Until(() => Api.CaseAsync(caseId), c => c.EscalationLevel >= 2, what: "escalation to the Polda");
        var escalations = atPolda.Timeline.Where(t => t.Type == "escalated").ToList();
        Assert.Equal([polres, polda], escalations.Take(2).Select(e => e.UnitId!.Value));
        Assert.Equal([polsek, polres, polda], atPolda.ResponsibleUnitIds.Take(3));
        Assert.Equal(CaseState.Open, atPolda.State);
        // Each escalation gives a fresh deadline of the stage's length, two seconds here.
        Assert.All(escalations, e => Assert.Equal(e.At + TimeSpan.FromSeconds(2), e.Deadline));

        var poldaQueue = await Factory.GetJsonAsync<UnitQueueView>(Api.Client, $"/api/units/{polda}");
        Assert.Contains(poldaQueue.Queue, q => q.Case.CaseId.Value == caseId && q.Relation == "escalated");

        await The_room_acknowledges_an_alarm_once_and_only_as_an_operator(caseId, polda);

        var ack = await Api.ActAsync(caseId, "acknowledge", new { unitId = polda, officer = "AKP Rina, Roops" });
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());
        var acknowledged = await Api.CaseAsync(caseId);
        Assert.Equal(CaseState.Acknowledged, acknowledged.State);
        Assert.Equal(Milestone.Dispatch, acknowledged.Awaiting);
    }

    [Fact]
    public async Task Alarms_repeated_at_Mabes_are_counted_as_alarms_not_as_escalations()
    {
        var before = await MetricsScrape.TakeAsync(Api.Manager);
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        // Polsek → Polres → Polda → Mabes, then Mabes alarms again: five alarms, three escalations.
        await Eventually.Until(() => Api.CaseAsync(caseId), c => c.Alarms >= 5, within: TimeSpan.FromSeconds(60), what: "five alarms");
        var cancel = await Api.ActAsync(caseId, "cancel", new { unitId = "mabes", officer = "Kompol Arif", reason = "withdrawn", note = "Pelapor mencabut laporan" });
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
        var alarms = (await Api.CaseAsync(caseId)).Alarms;

        var row = await Eventually.Until(
            async () => (await Api.Manager.GetFromJsonAsync<JsonElement>("/api/reports/response-times?groupBy=priority")).GetProperty("rows")[0],
            r => r.GetProperty("cancelled").GetProperty("withdrawn").GetInt32() == 1 && r.GetProperty("alarms").GetInt32() == alarms,
            what: "the cancelled case in the report with every alarm it raised");
        Assert.Equal(3, row.GetProperty("escalations").GetInt32());
        var reached = row.GetProperty("escalatedTo");
        Assert.Equal((1, 1, 1), (reached.GetProperty("polres").GetInt32(), reached.GetProperty("polda").GetInt32(), reached.GetProperty("mabes").GetInt32()));

        const string mabesAlarms = "monitoring_alarms_total{level=\"mabes\",polda=\"polda-metro-jaya\"}";
        var after = await Eventually.Until(() => MetricsScrape.TakeAsync(Api.Manager), m => m[mabesAlarms] - before[mabesAlarms] >= alarms - 2,
            what: "every alarm at Mabes counted");
        double Delta(string key) => after[key] - before[key];
        Assert.Equal(1, Delta("monitoring_escalations_total{level=\"mabes\",missed=\"acknowledge\",polda=\"polda-metro-jaya\"}"));
        Assert.Equal(alarms - 2, Delta(mabesAlarms));
    }

    /// <summary>Part of the climb above, which gives the alarms: acknowledging them is recorded, audited, on the timeline and
    /// in the summary the wall rebuilds its list from; whatever is refused changes nothing.</summary>
    private async Task The_room_acknowledges_an_alarm_once_and_only_as_an_operator(string caseId, UnitId polda)
    {
        var url = $"/api/cases/{caseId}/alarms/acknowledge";
        async Task<(int Status, string Body)> Post(HttpClient client, string path, object body)
        {
            var response = await client.PostAsJsonAsync(path, body);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        // Escalations go on meanwhile: what a refusal must not add is anything else.
        async Task<int> Others() => (await Api.CaseAsync(caseId)).Timeline.Count(t => t.Type != "escalated");
        var before = await Others();

        Assert.Equal(403, (await Post(Factory.ClientAs("wall", "mabes"), url, new { alarm = 1 })).Status);
        Assert.Equal(403, (await Post(Factory.ClientAs("officer", "mabes"), url, new { alarm = 1 })).Status);
        var unknown = await Post(Api.Client, "/api/cases/K-261128-00000000ZZ/alarms/acknowledge", new { alarm = 1 });
        Assert.Equal((404, true), (unknown.Status, unknown.Body.Contains("\"case_not_found\"")));
        var beyond = await Post(Api.Client, url, new { unitId = polda.Value, alarm = 99 });
        Assert.Equal((400, true, true), (beyond.Status, beyond.Body.Contains("\"alarm\""), beyond.Body.Contains("\"out_of_range\"")));
        var nul = await Post(Api.Client, url, new { unitId = polda.Value + "\u0000", alarm = 1 });
        Assert.Equal((400, true), (nul.Status, nul.Body.Contains("\"unknown_unit\"")));
        Assert.Equal(400, (await Post(Api.Client, url, new { unitId = polda.Value, alarm = "1" })).Status);
        Assert.Equal(before, await Others());

        var seen = await Post(Api.Client, url, new { unitId = polda.Value, alarm = 1 });
        Assert.True(seen.Status == 200, seen.Body);
        var entry = (await Api.CaseAsync(caseId)).Timeline.Single(t => t.Type == "alarmAcked");
        Assert.Equal((polda, 1, "operator"), (entry.UnitId!.Value, entry.Alarm, entry.OfficerRole));
        var twice = await Post(Api.Client, url, new { unitId = polda.Value, alarm = 1 });
        Assert.Equal((409, true), (twice.Status, twice.Body.Contains("\"no_open_alarm\"")));
        Assert.Single((await Api.CaseAsync(caseId)).Timeline, t => t.Type == "alarmAcked");

        // The read model's summary, as the wall's snapshot gets it after a reload: every alarm but the first still open.
        bool Acknowledged(JsonElement c) => c.GetProperty("caseId").GetString() == caseId
            && c.GetProperty("unacknowledgedAlarms").GetInt32() == c.GetProperty("alarms").GetInt32() - 1;
        var list = await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/cases?open=true"),
            page => page.GetProperty("items").EnumerateArray().Any(Acknowledged), what: "the acknowledgement in the read model");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), Acknowledged);
        var audit = await AuditApi.LineAsync(await Factory.AdminClientAsync(), "case.alarms.acknowledge", caseId, l => l.Text("outcome") == "allowed");
        Assert.Equal(caseId, audit.Text("target"));
    }
}
