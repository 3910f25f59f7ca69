using System.Net;
using System.Net.Http.Json;
using Monitoring.Domain.Cases;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;

namespace Monitoring.Server.Tests;

/// <summary>A case read or acted on lists what the reader may do to it now, for their role, their unit and its state.</summary>
public sealed class AllowedActionsTests : ServerTest
{
    [Fact]
    public async Task Each_reader_is_offered_the_next_step_and_a_cancel_only_where_they_may_make_it_and_nothing_once_final()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value.Value;
        var polsek = intake.AssignedUnitId!.Value.Value;
        var officer = await Factory.ClientAsAsync(Roles.Officer, polsek);
        var polresOfficer = await Factory.ClientAsAsync(Roles.Officer, "polres-tangerang-selatan");
        var wall = await Factory.ClientAsAsync(Roles.Wall, "polda-metro-jaya");
        var manager = await Factory.ClientAsAsync(Roles.Manager);
        async Task<IReadOnlyList<CaseAction>> Offered(HttpClient who, string query = "") =>
            (await Factory.GetJsonAsync<CaseView>(who, $"/api/cases/{caseId}{query}")).AllowedActions;

        // A P1 case: a Polsek alone may not cancel it, its Polres and an operator may; only a unit with a command below it
        // may hand it over; anyone on the chain may note.
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Note], await Offered(officer));
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Cancel, CaseAction.Reassign, CaseAction.Note], await Offered(polresOfficer));
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Note], await Offered(polresOfficer, $"?unitId={polsek}"));
        Assert.Equal([CaseAction.Acknowledge, CaseAction.Cancel, CaseAction.Reassign, CaseAction.Note], await Offered(Api.Client));
        Assert.Empty(await Offered(wall));
        Assert.Empty(await Offered(manager));
        // A unit outside the reader's grant, or none at all, offers nothing rather than failing the read.
        Assert.Empty(await Offered(officer, "?unitId=polres-tangerang-selatan"));
        Assert.Empty(await Offered(officer, "?unitId=no-such-unit"));

        var acknowledged = await officer.PostAsJsonAsync($"/api/cases/{caseId}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal([CaseAction.Dispatch, CaseAction.Note], (await acknowledged.Content.ReadFromJsonAsync<CaseView>(Factory.Json))!.AllowedActions);

        var cancelled = await polresOfficer.PostAsJsonAsync($"/api/cases/{caseId}/cancel", new { reason = "duplicate", note = "Sudah dilaporkan" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Empty((await cancelled.Content.ReadFromJsonAsync<CaseView>(Factory.Json))!.AllowedActions);
        Assert.Empty(await Offered(Api.Client));
    }
}
