using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Audit.AuditApi;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>Each kind of step an auditor asks about leaves its line: who, role, what, on what, how it ended, from where.</summary>
public sealed class AuditEventTests : ServerTest
{
    [Fact]
    public async Task Sign_in_a_failed_sign_in_a_lockout_and_a_sign_out_are_each_a_line()
    {
        var admin = await Factory.AdminClientAsync();
        await CreateUserAsync(admin, "bripka.sari", Roles.CallTaker);
        var (page, csrf) = await CookieClientAsync(Factory, "bripka.sari", MonitoringFactory.UserPassword);

        var signedIn = await LineAsync(admin, SignInAudit.SignedIn, "bripka.sari");
        Assert.Equal("bripka.sari", signedIn.Text("userName"));
        Assert.Equal(Roles.CallTaker, signedIn.Text("role"));
        Assert.Equal("allowed", signedIn.Text("outcome"));
        Assert.Equal("200", signedIn.Text("status"));
        Assert.Equal("page", signedIn.Text("detail"));

        var guesser = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(guesser, "bripka.sari", "wrong-password-1")).StatusCode);
        var failed = await LineAsync(admin, SignInAudit.Failed, "bripka.sari");
        Assert.Equal(("refused", "401", "bripka.sari"), (failed.Text("outcome"), failed.Text("status"), failed.Text("userName")));
        // A name that does not exist is a line too, under the name that was tried.
        await TokenAsync(guesser, "nobody.here", "wrong-password-1");
        await LineAsync(admin, SignInAudit.Failed, "nobody.here");

        for (var i = 0; i < 4; i++) await TokenAsync(guesser, "bripka.sari", "wrong-password-1");
        var locked = await LineAsync(admin, SignInAudit.Lockout, "bripka.sari");
        Assert.Equal("refused", locked.Text("outcome"));

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signout");
        signOut.Headers.Add(PeopleSetup.CsrfHeader, csrf);
        Assert.Equal(HttpStatusCode.NoContent, (await page.SendAsync(signOut)).StatusCode);
        var signedOut = await LineAsync(admin, SignInAudit.SignedOut, where: l => l.Text("userName") == "bripka.sari");
        Assert.Equal(("allowed", "204", Roles.CallTaker), (signedOut.Text("outcome"), signedOut.Text("status"), signedOut.Text("role")));
    }

    [Fact]
    public async Task An_intake_a_case_action_a_callers_history_and_a_report_export_are_each_a_line_naming_their_target()
    {
        var admin = await Factory.AdminClientAsync();
        var intake = await Api.RecordAsync(Api.Report(caller: "081299990001"));
        var caseId = intake.CaseId!.Value.Value;
        var recorded = await LineAsync(admin, "interaction.record", caseId);
        Assert.Equal(("operator.mabes", Roles.Operator, "allowed", "201"),
            (recorded.Text("userName"), recorded.Text("role"), recorded.Text("outcome"), recorded.Text("status")));
        Assert.DoesNotContain("081299990001", recorded.ToString());

        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync(caseId, "acknowledge", new { unitId = intake.AssignedUnitId!.Value.Value, officer = "Iptu Dewi" })).StatusCode);
        Assert.Equal("allowed", (await LineAsync(admin, "case.acknowledge", caseId)).Text("outcome"));
        // Acknowledged twice is a conflict: the step did not happen.
        Assert.Equal(HttpStatusCode.Conflict, (await Api.ActAsync(caseId, "acknowledge", new { unitId = intake.AssignedUnitId!.Value.Value, officer = "Iptu Dewi" })).StatusCode);
        await LineAsync(admin, "case.acknowledge", caseId, l => l.Text("outcome") == "failed" && l.Text("status") == "409");

        // Whoever looked at the number is found by it, in any of its spellings.
        await Api.HistoryAsync("081299990001");
        var read = await LineAsync(admin, "caller.history", "+6281299990001");
        Assert.Equal("operator.mabes", read.Text("userName"));
        Assert.Equal("+6281299990001", read.Text("target"));
        Assert.Single(Items(await PageAsync(admin, "action=caller.history&target=6281299990001")));

        using var csv = new HttpRequestMessage(HttpMethod.Get, "/api/reports/response-times?groupBy=category");
        csv.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        Assert.Equal(HttpStatusCode.OK, (await Api.Manager.SendAsync(csv)).StatusCode);
        var export = await LineAsync(admin, "report.response-times.csv");
        Assert.Equal(("manager", Roles.Manager), (export.Text("userName"), export.Text("role")));
        Assert.EndsWith("by category", export.Text("detail"));
    }

    [Fact]
    public async Task Users_and_tokens_made_changed_and_revoked_by_the_admin_are_each_a_line()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "briptu.eko", Roles.CallTaker)).StatusCode);
        var created = await LineAsync(admin, "user.create", "briptu.eko");
        Assert.Equal(("admin", Roles.Admin, "201"), (created.Text("userName"), created.Text("role"), created.Text("status")));

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/admin/users/briptu.eko",
            new { role = Roles.Operator, unitId = "polres-tangerang-selatan" })).StatusCode);
        var patched = await LineAsync(admin, "user.patch", "briptu.eko");
        Assert.Contains("\"role\":\"operator\"", patched.Text("detail"));
        // A refused change is a line too, and names the field's problem by its status.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchAsJsonAsync("/api/admin/users/briptu.eko", new { role = "root" })).StatusCode);
        await LineAsync(admin, "user.patch", "briptu.eko", l => l.Text("status") == "400" && l.Text("outcome") == "failed");

        var issued = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "PBX", role = Roles.Integration });
        var tokenId = (await JsonAsync(issued)).GetProperty("id").GetString()!;
        Assert.Contains("name=PBX", (await LineAsync(admin, "token.issue", tokenId)).Text("detail"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/tokens/{tokenId}")).StatusCode);
        Assert.Equal("allowed", (await LineAsync(admin, "token.revoke", tokenId)).Text("outcome"));
    }

    [Fact]
    public async Task A_person_refused_an_endpoint_is_a_line_named_by_its_route_never_by_its_path()
    {
        var admin = await Factory.AdminClientAsync();
        var wall = await Factory.ClientAsAsync(Roles.Wall, "mabes");
        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync("/api/admin/users")).StatusCode);
        var refused = await LineAsync(admin, "request.refused", where: l => l.Text("userName") == "wall.mabes");
        Assert.Equal(("GET /api/admin/users/", "refused", "403"), (refused.Text("target"), refused.Text("outcome"), refused.Text("status")));
        // An audited endpoint refused keeps its own action; the number is the target, the path with it is nowhere.
        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync("/api/callers/081299990002/interactions")).StatusCode);
        var history = await LineAsync(admin, "caller.history", "081299990002", l => l.Text("userName") == "wall.mabes");
        Assert.Equal(("refused", "+6281299990002"), (history.Text("outcome"), history.Text("target")));
    }
}
