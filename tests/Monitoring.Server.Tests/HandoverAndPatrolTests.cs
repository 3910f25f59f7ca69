using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Patrols;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

/// <summary>A case handed from one Polsek to another by their Polres, a note on it, and the new Polsek's patrol board
/// following the patrol it dispatches: over the API, with the bad inputs a careless client sends.</summary>
public sealed class HandoverAndPatrolTests : ServerTest
{
    [Fact]
    public async Task A_polres_hands_a_case_to_a_polsek_whose_officers_note_it_and_dispatch_a_free_patrol_that_follows_the_case()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        var first = intake.AssignedUnitId!.Value;
        var polres = intake.UnitChain[1];
        var second = JurisdictionTree.Default.Children(polres).First(u => u.Id != first).Id.Value;
        var polresOfficer = await Factory.ClientAsAsync(Roles.Officer, polres.Value);
        var firstOfficer = await Factory.ClientAsAsync(Roles.Officer, first.Value);
        var officer = await Factory.ClientAsAsync(Roles.Officer, second);
        var board = $"/api/units/{second}/patrols";
        async Task Refused(HttpResponseMessage response, HttpStatusCode status, string? field = null)
        {
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
        async Task<CaseView> Act(HttpClient who, string action, object body)
        {
            var response = await who.PostAsJsonAsync($"/api/cases/{caseId}/{action}", body);
            Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<CaseView>(Factory.Json))!;
        }
        Task<List<Patrol>> Board() => Factory.GetJsonAsync<List<Patrol>>(officer, board);

        // The board: named patrols, each once; a bad name is refused by field; another Polsek's officer may not touch it.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(board, new { name = "R2-07" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(board, new { name = "R2-08" })).StatusCode);
        await Refused(await officer.PostAsJsonAsync(board, new { name = "r2-07" }), HttpStatusCode.Conflict);
        await Refused(await officer.PostAsJsonAsync(board, new { name = "R2\u000007" }), HttpStatusCode.BadRequest, "name");
        await Refused(await officer.PostAsJsonAsync(board, new { name = new string('x', 41) }), HttpStatusCode.BadRequest, "name");
        await Refused(await officer.PostAsJsonAsync(board, new { }), HttpStatusCode.BadRequest, "name");
        await Refused(await officer.PostAsJsonAsync(board, new { name = 7 }), HttpStatusCode.BadRequest);
        await Refused(await firstOfficer.PostAsJsonAsync(board, new { name = "R9" }), HttpStatusCode.Forbidden);
        await Refused(await officer.GetAsync("/api/units/no-such-unit/patrols"), HttpStatusCode.NotFound);
        Assert.Equal(["R2-07", "R2-08"], (await Board()).Select(p => p.Name));

        // The handover: by field when the words are wrong, 403 from a Polsek, which has nobody below it.
        await Refused(await polresOfficer.PostAsJsonAsync($"/api/cases/{caseId}/reassign", new { toUnitId = second }), HttpStatusCode.BadRequest, "reason");
        await Refused(await polresOfficer.PostAsJsonAsync($"/api/cases/{caseId}/reassign", new { toUnitId = "no-such-unit", reason = "x" }),
            HttpStatusCode.BadRequest, "toUnitId");
        await Refused(await firstOfficer.PostAsJsonAsync($"/api/cases/{caseId}/reassign", new { toUnitId = second, reason = "x" }), HttpStatusCode.Forbidden);
        var handed = await Act(polresOfficer, "reassign", new { toUnitId = second, reason = "Lokasi masuk wilayah sebelah" });
        Assert.Equal((new UnitId(second), new UnitId(second)), (handed.AssignedUnitId, handed.ResponsibleUnitId));
        var step = handed.Timeline[^1];
        Assert.Equal(("reassigned", first, new UnitId(second), "Lokasi masuk wilayah sebelah"), (step.Type, step.FromUnitId!.Value, step.ToUnitId!.Value, step.Detail));

        // The old Polsek lets it go, in its queue and its grant; the new one has it, live and in the read model.
        Assert.Equal(HttpStatusCode.Forbidden, (await firstOfficer.GetAsync($"/api/cases/{caseId}")).StatusCode);
        await Eventually.Until(() => Factory.GetJsonAsync<UnitQueueView>(officer, $"/api/units/{second}"), q => q.Queue.Any(c => c.Case.CaseId.Value == caseId),
            what: "the case in the new Polsek's queue");
        await Eventually.Until(() => Factory.GetJsonAsync<UnitQueueView>(firstOfficer, $"/api/units/{first}"), q => q.Queue.Count == 0,
            what: "the case gone from the old Polsek's queue");
        await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(officer, $"/api/cases?unitId={second}"),
            page => page.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("caseId").GetString() == caseId), what: "the case listed for the new Polsek");

        // A note: bounded and validated text, on the timeline with who wrote it.
        await Refused(await officer.PostAsJsonAsync($"/api/cases/{caseId}/note", new { note = " " }), HttpStatusCode.BadRequest, "note");
        await Refused(await officer.PostAsJsonAsync($"/api/cases/{caseId}/note", new { note = "a\u202Eb" }), HttpStatusCode.BadRequest, "note");
        await Refused(await officer.PostAsJsonAsync($"/api/cases/{caseId}/note", new { note = new string('a', 2001) }), HttpStatusCode.BadRequest, "note");
        var noted = (await Act(officer, "note", new { note = "Pelapor menelepon lagi: asap makin tebal" })).Timeline[^1];
        Assert.Equal(("noted", "Pelapor menelepon lagi: asap makin tebal", Roles.Officer), (noted.Type, noted.Note, noted.OfficerRole));

        // Dispatch: only a free patrol of the board; it follows the case, and is free again when the case ends.
        await Act(officer, "acknowledge", new { });
        await Refused(await officer.PostAsJsonAsync($"/api/cases/{caseId}/dispatch", new { patrol = "Mobil 9" }), HttpStatusCode.BadRequest, "patrol");
        await Act(officer, "dispatch", new { patrol = "R2-07" });
        await Eventually.Until(Board, b => b[0] == new Patrol("R2-07", PatrolStatus.Dispatched, new CaseId(caseId)), what: "the patrol dispatched");
        await Refused(await officer.DeleteAsync($"{board}/R2-07"), HttpStatusCode.Conflict);
        await Act(officer, "arrive", new { });
        await Eventually.Until(Board, b => b[0].Status == PatrolStatus.OnScene, what: "the patrol on scene");
        await Act(officer, "resolve", new { outcome = "Api padam" });
        await Eventually.Until(Board, b => b[0] == new Patrol("R2-07", PatrolStatus.Available, null), what: "the patrol free again");

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"{board}/R2-08/release", null)).StatusCode);
        await Refused(await officer.PostAsync($"{board}/R9/release", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await officer.DeleteAsync($"{board}/R2-08")).StatusCode);
        Assert.Equal(["R2-07"], (await Board()).Select(p => p.Name));
    }
}
