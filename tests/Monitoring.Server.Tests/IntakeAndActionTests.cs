using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Cases;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

public sealed class IntakeAndActionTests : ServerTest
{
    [Fact]
    public async Task A_report_in_Tangerang_Selatan_is_routed_to_a_Polsek_under_its_Polres_and_queued_there()
    {
        var intake = await Api.RecordAsync(Api.Report());

        Assert.NotNull(intake.CaseId);
        Assert.False(intake.OutOfCoverage);
        Assert.StartsWith("polsek-", intake.AssignedUnitId!.Value.Value);
        Assert.Equal(intake.AssignedUnitId.Value, intake.UnitChain[0]);
        Assert.Contains(new UnitId("polres-tangerang-selatan"), intake.UnitChain);
        Assert.Contains(new UnitId("polda-metro-jaya"), intake.UnitChain);
        Assert.Equal(new UnitId("mabes"), intake.UnitChain[^1]);

        var view = await Api.CaseAsync(intake.CaseId!.Value.Value);
        Assert.Equal(CaseState.Open, view.State);
        Assert.Equal(Monitoring.Domain.Interactions.Priority.P1, view.Priority);
        Assert.Equal("opened", Assert.Single(view.Timeline).Type);
        Assert.Equal(view.OpenedAt + SlaPolicy.Default.P1.Acknowledge, view.NextDeadline);

        var unit = await Factory.GetJsonAsync<UnitQueueView>(Api.Client, $"/api/units/{intake.AssignedUnitId}");
        Assert.Contains(unit.Queue, q => q.Case.CaseId == intake.CaseId && q.Relation == "assigned");
        Assert.Equal(1, unit.Unit.OpenByState![CaseState.Open]);

        // The caller's history learns of it right after the 201, off the hot path.
        var history = await Eventually.Until(() => Api.HistoryAsync("081234567890"), h => h.Count == 1);
        Assert.Equal(intake.CaseId, history[0].CaseId);
    }

    [Fact]
    public async Task Information_prank_and_silent_calls_are_recorded_without_a_case()
    {
        foreach (var kind in new[] { "information", "prank", "silent" })
        {
            var intake = await Api.RecordAsync(new { callerNumber = "+6281111111", kind, channel = "sms" });
            Assert.Null(intake.CaseId);
            Assert.Empty(intake.UnitChain);
        }
        var history = await Eventually.Until(() => Api.HistoryAsync("+6281111111"), h => h.Count == 3);
        Assert.Equal(["silent", "prank", "information"], history.Select(h => DomainJson.Name(h.Interaction.Kind)));
    }

    [Fact]
    public async Task Only_a_unit_on_the_chain_may_act_and_each_action_is_legal_only_in_its_state()
    {
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        var polsek = (await Api.CaseAsync(caseId)).AssignedUnitId.Value;

        var wrong = await Api.ActAsync(caseId, "acknowledge", new { unitId = "polsek-gambir", officer = "Bripka Andi" });
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CaseState.Open, (await Api.CaseAsync(caseId)).State);

        var early = await Api.ActAsync(caseId, "arrive", new { unitId = polsek, officer = "Bripka Sari" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("open", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());

        await Expect(HttpStatusCode.OK, Api.ActAsync(caseId, "acknowledge", new { unitId = polsek, officer = "Bripka Sari" }));
        await Expect(HttpStatusCode.Conflict, Api.ActAsync(caseId, "acknowledge", new { unitId = polsek, officer = "Bripka Sari" }));
        await Expect(HttpStatusCode.OK, Api.ActAsync(caseId, "dispatch",
            new { unitId = "polres-tangerang-selatan", officer = "Iptu Dewi", patrol = "Patroli Setu 2" }));
        await Expect(HttpStatusCode.OK, Api.ActAsync(caseId, "arrive", new { unitId = polsek, officer = "Bripka Sari" }));
        var resolved = await Expect(HttpStatusCode.OK, Api.ActAsync(caseId, "resolve",
            new { unitId = polsek, officer = "Bripka Sari", outcome = "Api padam, dua orang selamat" }));
        var view = (await resolved.Content.ReadFromJsonAsync<CaseView>(Factory.Json))!;
        Assert.Equal(CaseState.Resolved, view.State);
        Assert.Null(view.NextDeadline);
        Assert.Equal(["opened", "acknowledged", "dispatched", "arrived", "resolved"], view.Timeline.Select(t => t.Type));
        Assert.Equal("Patroli Setu 2", view.Timeline[2].Detail);
        await Expect(HttpStatusCode.Conflict,
            Api.ActAsync(caseId, "cancel", new { unitId = "polres-tangerang-selatan", officer = "x", reason = "prank", note = "Iseng" }));

        // A closed case leaves the unit's queue.
        await Eventually.Until(() => Factory.GetJsonAsync<UnitQueueView>(Api.Client, $"/api/units/{polsek}"), u => u.Queue.Count == 0);
    }

    [Fact]
    public async Task A_P1_case_is_cancelled_by_its_Polres_with_a_known_reason_and_a_note_but_not_by_its_Polsek()
    {
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        var polsek = (await Api.CaseAsync(caseId)).AssignedUnitId.Value;
        const string polres = "polres-tangerang-selatan";
        var bad = await Expect(HttpStatusCode.BadRequest, Api.ActAsync(caseId, "cancel", new { unitId = polres, officer = "Iptu Dewi", reason = "bored", note = "Iseng" }));
        Assert.Contains("reason", await bad.Content.ReadAsStringAsync());
        var noNote = await Expect(HttpStatusCode.BadRequest, Api.ActAsync(caseId, "cancel", new { unitId = polres, officer = "Iptu Dewi", reason = "prank" }));
        Assert.True((await noNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        var polsekOfficer = await Factory.ClientAsAsync(Monitoring.Server.Auth.Roles.Officer, polsek);
        var byPolsek = await Expect(HttpStatusCode.Forbidden,
            polsekOfficer.PostAsJsonAsync($"/api/cases/{caseId}/cancel", new { reason = "prank", note = "Iseng" }));
        Assert.Contains("only by an operator or the Polres", await byPolsek.Content.ReadAsStringAsync());

        var ok = await Expect(HttpStatusCode.OK,
            Api.ActAsync(caseId, "cancel", new { unitId = polres, officer = "Iptu Dewi", reason = "prank", note = "Anak-anak bermain telepon" }));
        var view = (await ok.Content.ReadFromJsonAsync<CaseView>(Factory.Json))!;
        Assert.Equal(CaseState.Cancelled, view.State);
        var cancelled = view.Timeline[^1];
        Assert.Equal(("cancelled", MonitoringFactory.DisplayNameOf("operator", "mabes"), "prank", "prank", "Anak-anak bermain telepon"),
            (cancelled.Type, cancelled.Officer, cancelled.Detail, cancelled.Reason, cancelled.Note));
    }

    [Fact]
    public async Task A_P3_case_is_cancelled_by_its_Polsek()
    {
        var intake = await Api.RecordAsync(Api.Report(category: "traffic"));
        Assert.Equal(Monitoring.Domain.Interactions.Priority.P3, (await Api.CaseAsync(intake.CaseId!.Value.Value)).Priority);
        await Expect(HttpStatusCode.OK, Api.ActAsync(intake.CaseId.Value.Value, "cancel",
            new { unitId = intake.AssignedUnitId!.Value.Value, officer = "Bripka Sari", reason = "withdrawn", note = "Jalan sudah lancar" }));
    }

    [Fact]
    public async Task Unknown_cases_and_units_are_404()
    {
        await Expect(HttpStatusCode.NotFound, Api.Client.GetAsync("/api/cases/K-261128-0000000000"));
        await Expect(HttpStatusCode.NotFound, Api.Client.GetAsync("/api/cases/not-a-case"));
        await Expect(HttpStatusCode.NotFound, Api.ActAsync("K-261128-0000000000", "acknowledge", new { unitId = "polsek-gambir", officer = "x" }));
        await Expect(HttpStatusCode.NotFound, Api.Client.GetAsync("/api/units/polsek-atlantis"));
    }

    [Fact]
    public async Task Units_coverage_openapi_and_health_answer()
    {
        var units = await Factory.GetJsonAsync<List<UnitView>>(Api.Client, "/api/units");
        Assert.Equal(131, units.Count);
        Assert.Equal("mabes", units[0].UnitId.Value);
        Assert.Contains(units, u => u.UnitId.Value == "polsek-pamulang" && u.AreaCode == "36.74.06" && u.ParentId == new UnitId("polres-tangerang-selatan"));

        var resolve = await Api.Client.GetFromJsonAsync<JsonElement>("/api/coverage/resolve?latitude=-6.17094&longitude=106.81882");
        Assert.Equal("polsek-gambir", resolve.GetProperty("unitId").GetString());
        var outside = await Api.Client.GetFromJsonAsync<JsonElement>("/api/coverage/resolve?latitude=-6.5971&longitude=106.799");
        Assert.True(outside.GetProperty("outOfCoverage").GetBoolean());
        Assert.Equal("polda-metro-jaya", outside.GetProperty("unitId").GetString());
        var bad = await Expect(HttpStatusCode.BadRequest, Api.Client.GetAsync("/api/coverage/resolve?latitude=abc&longitude=200"));
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("latitude", out _) && errors.TryGetProperty("longitude", out _));

        var places = await Api.Client.GetFromJsonAsync<JsonElement>("/api/coverage/search?q=pamulang");
        Assert.Equal(("Pamulang", "kecamatan", "polsek-pamulang"), (places[0].GetProperty("name").GetString(),
            places[0].GetProperty("kind").GetString(), places[0].GetProperty("unitId").GetString()));
        Assert.Equal(-6.3, places[0].GetProperty("latitude").GetDouble(), 0.1);
        foreach (var q in new[] { "", "a", "--", new string('x', 61) })
        {
            var refused = await Expect(HttpStatusCode.BadRequest, Api.Client.GetAsync($"/api/coverage/search?q={Uri.EscapeDataString(q)}"));
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("q", out _), q);
        }
        await Expect(HttpStatusCode.BadRequest, Api.Client.GetAsync("/api/coverage/search"));

        var openApi = await Api.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/interactions", "/api/cases/{caseId}", "/api/cases/{caseId}/acknowledge", "/api/cases/{caseId}/dispatch",
            "/api/cases/{caseId}/arrive", "/api/cases/{caseId}/resolve", "/api/cases/{caseId}/cancel", "/api/units",
            "/api/units/{unitId}", "/api/coverage/resolve", "/api/callers/{callerNumber}/interactions", "/api/coverage/search",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));

        await Expect(HttpStatusCode.OK, Api.Client.GetAsync("/healthz"));
        await Eventually.Until(() => Api.Client.GetAsync("/readyz"), r => r.StatusCode == HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> Expect(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
