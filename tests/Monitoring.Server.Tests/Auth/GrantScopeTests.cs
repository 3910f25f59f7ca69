using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;
using Monitoring.Domain.Cases;

namespace Monitoring.Server.Tests.Auth;

/// <summary>A grant scoped to a unit reaches that unit and every unit below it, and nothing else; the acting person is the
/// signed-in one, whatever the body says.</summary>
public sealed class GrantScopeTests : ServerTest
{
    private const string OtherPolsek = "polsek-gambir";

    [Fact]
    public async Task An_officer_of_another_polsek_can_neither_act_on_nor_read_the_case_and_nothing_is_persisted()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        Assert.DoesNotContain(intake.UnitChain, u => u.Value == OtherPolsek);
        var stranger = await Factory.ClientAsAsync(Roles.Officer, OtherPolsek);
        var before = Factory.JournalRows();

        var asOwnUnit = await stranger.PostAsJsonAsync($"/api/cases/{caseId}/acknowledge", new { });
        var asTheCasesUnit = await stranger.PostAsJsonAsync($"/api/cases/{caseId}/acknowledge", new { unitId = intake.AssignedUnitId!.Value.Value });
        var read = await stranger.GetAsync($"/api/cases/{caseId}");
        var queue = await stranger.GetAsync($"/api/units/{intake.AssignedUnitId!.Value.Value}");
        var list = await stranger.GetFromJsonAsync<ListPage<CaseSummary>>("/api/cases", Factory.Json);

        Assert.Equal(HttpStatusCode.Forbidden, asOwnUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asTheCasesUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Empty(list!.Items);
        Assert.Equal(before, Factory.JournalRows());
        Assert.Equal(CaseState.Open, (await Api.CaseAsync(caseId)).State);
    }

    [Fact]
    public async Task The_officer_of_the_cases_polsek_acts_as_their_unit_by_default_and_a_spoofed_officer_name_is_not_recorded()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        var polsek = intake.AssignedUnitId!.Value.Value;
        var officer = await Factory.ClientAsAsync(Roles.Officer, polsek);

        var acted = await officer.PostAsJsonAsync($"/api/cases/{caseId}/acknowledge", new { officer = "Kapolri (not really)" });
        // The list is read from the read model, which follows the journal by a moment.
        var mine = await Eventually.Until(() => officer.GetFromJsonAsync<ListPage<CaseSummary>>("/api/cases", Factory.Json),
            l => l!.Items.Any(c => c.CaseId.Value == caseId), what: "the case in the officer's list");

        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        var view = await Api.CaseAsync(caseId);
        var entry = view.Timeline.Single(e => e.Type == "acknowledged");
        Assert.Equal(polsek, entry.UnitId!.Value.Value);
        Assert.DoesNotContain("Kapolri", entry.Officer ?? "");
        Assert.Equal(MonitoringFactory.DisplayNameOf(Roles.Officer, polsek), entry.Officer);
        Assert.Contains(mine!.Items, c => c.CaseId.Value == caseId);
    }

    [Fact]
    public async Task The_agent_of_a_call_taken_at_the_intake_is_the_signed_in_call_taker_not_the_bodys()
    {
        var calltaker = await Factory.ClientAsAsync(Roles.CallTaker);
        var created = await calltaker.PostAsJsonAsync("/api/interactions", new
        {
            callerNumber = "081234567890", kind = "report", category = "fire",
            location = new { latitude = -6.34348, longitude = 106.66769 }, summary = "Rumah terbakar", agentId = "kapolri",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<Monitoring.Server.Intake.IntakeResponse>(Factory.Json))!.CaseId!.Value.Value;

        var opened = (await Api.CaseAsync(caseId)).Timeline.Single(e => e.Type == "opened");
        Assert.Equal(SignIn.UserName(Roles.CallTaker, null), opened.Officer);
    }
}
