using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using Monitoring.Server.Tests.Audit;

namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>The code flow through the test issuer: the claims become the person's grant here, or nothing.</summary>
[Collection(nameof(ServerHosts))]
public sealed class SsoSignInTests(SsoFixture fixture) : IClassFixture<SsoFixture>
{
    private SsoCenter Sso => fixture.Center;

    private const string OtherPolsek = "polsek-gambir";

    [Fact]
    public async Task An_officer_of_a_polsek_lands_in_that_units_scope_acts_as_themself_and_an_admin_can_disable_them()
    {
        var sso = Sso;
        var api = sso.Factory.Api();
        var intake = await api.RecordAsync(Api.Report());
        var polsek = intake.AssignedUnitId!.Value.Value;
        Assert.NotEqual(OtherPolsek, polsek);
        using var browser = sso.Browser();

        var landed = await sso.SignInAsync(browser, new IssuerUser("officer-7", "Bripka Sari", [Roles.Officer, "payroll-reader"], polsek, "87050123"),
            $"/unit/{polsek}");

        Assert.Equal($"/signin?sso=done&returnUrl=%2Funit%2F{polsek}", landed.PathAndQuery);
        var me = (await SsoCenter.MeAsync(browser))!.Value;
        Assert.Equal("sso.officer-7", me.GetProperty("userName").GetString());
        Assert.Equal("Bripka Sari", me.GetProperty("displayName").GetString());
        Assert.Equal(Roles.Officer, me.GetProperty("role").GetString());
        Assert.Equal(polsek, me.GetProperty("unitId").GetString());
        Assert.Equal("87050123", me.GetProperty("nrp").GetString());
        Assert.False(me.GetProperty("mustEnrolSecondFactor").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/units/{polsek}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/api/units/{OtherPolsek}")).StatusCode);

        var acted = await SsoCenter.PostAsync(browser, $"/api/cases/{intake.CaseId!.Value.Value}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        var entry = (await api.CaseAsync(intake.CaseId!.Value.Value)).Timeline.Single(e => e.Type == "acknowledged");
        Assert.Equal("Bripka Sari", entry.Officer);

        var admin = await sso.Factory.AdminClientAsync();
        Assert.Equal("sso", (await AuditApi.LineAsync(admin, SignInAudit.SignedIn, "sso.officer-7")).Text("detail"));
        var rows = await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", sso.Factory.Json);
        Assert.Contains(rows!, u => u.UserName == "sso.officer-7" && u.Role == Roles.Officer && u.UnitId == polsek);
        var disabled = await admin.PatchAsJsonAsync("/api/admin/users/sso.officer-7", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Null(await SsoCenter.MeAsync(browser));
        using var again = sso.Browser();
        Assert.Equal("/signin?sso=disabled", (await sso.SignInAsync(again, new IssuerUser("officer-7", Roles: [Roles.Officer], Unit: polsek))).PathAndQuery);
        Assert.Null(await SsoCenter.MeAsync(again));
    }

    [Fact]
    public async Task Role_and_unit_are_taken_afresh_at_each_sign_in_and_apply_to_the_sessions_already_open()
    {
        var sso = Sso;
        using var first = sso.Browser();
        using var second = sso.Browser();
        await sso.SignInAsync(first, new IssuerUser("officer-8", Roles: [Roles.Officer], Unit: "polsek-kemayoran"));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/units/polsek-kemayoran")).StatusCode);

        var admin = await sso.Factory.AdminClientAsync();
        var people = (await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", sso.Factory.Json))!.Count;

        await sso.SignInAsync(second, new IssuerUser("officer-8", Roles: [Roles.Officer], Unit: OtherPolsek));

        foreach (var browser in new[] { first, second })
        {
            Assert.Equal(OtherPolsek, (await SsoCenter.MeAsync(browser))!.Value.GetProperty("unitId").GetString());
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/units/polsek-kemayoran")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/units/{OtherPolsek}")).StatusCode);
        }
        Assert.Equal(people, (await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", sso.Factory.Json))!.Count);
    }

    [Fact]
    public async Task A_missing_unknown_or_doubled_role_and_a_unit_outside_the_tree_sign_in_to_nothing_and_say_why()
    {
        var sso = Sso;
        var cases = new (IssuerUser User, string Refusal)[]
        {
            (new("p-1", "Tanpa Peran"), SsoRefusals.Role),
            (new("p-2", Roles: ["superuser"]), SsoRefusals.Role),
            (new("p-3", Roles: [Roles.Officer, Roles.Manager], Unit: OtherPolsek), SsoRefusals.Role),
            (new("p-4", Roles: [Roles.Officer], Unit: "polsek-atlantis"), SsoRefusals.Unit),
            (new("p-5", Roles: [Roles.Officer]), SsoRefusals.Unit),
        };
        foreach (var (user, refusal) in cases)
        {
            using var browser = sso.Browser();
            Assert.Equal($"/signin?sso={refusal}", (await sso.SignInAsync(browser, user)).PathAndQuery);
            Assert.Null(await SsoCenter.MeAsync(browser));
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/units")).StatusCode);
        }
        var line = await AuditApi.LineAsync(await sso.Factory.AdminClientAsync(), SignInAudit.Failed, "sso.p-4");
        Assert.Equal(("sso; unit", "refused"), (line.Text("detail"), line.Text("outcome")));
    }

    [Fact]
    public async Task A_person_whose_role_the_issuer_takes_away_loses_the_sessions_already_open()
    {
        var sso = Sso;
        using var first = sso.Browser();
        using var second = sso.Browser();
        await sso.SignInAsync(first, new IssuerUser("manager-1", Roles: [Roles.Manager]));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/reports/response-times")).StatusCode);

        Assert.Equal("/signin?sso=role", (await sso.SignInAsync(second, new IssuerUser("manager-1", Roles: ["former-manager"]))).PathAndQuery);

        Assert.Null(await SsoCenter.MeAsync(first));
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/reports/response-times")).StatusCode);
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_dropped()
    {
        var sso = Sso;
        using var browser = sso.Browser();
        foreach (var away in new[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" })
            Assert.Equal("/signin?sso=done", (await sso.SignInAsync(browser, new IssuerUser("wall-1", Roles: [Roles.Wall], Unit: "mabes"), away)).PathAndQuery);
    }
}
