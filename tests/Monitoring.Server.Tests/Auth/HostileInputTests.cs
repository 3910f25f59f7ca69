using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

/// <summary>What a probe of the running center found, each kept found: an admin machine token, a password padded with
/// NULs, a display name too long for a cookie, a token brought back by re-enabling its person.</summary>
public sealed class HostileInputTests : ServerTest
{
    [Fact]
    public async Task An_api_token_may_not_be_an_admin()
    {
        var admin = await Factory.AdminClientAsync();
        var issued = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "escalate", role = "admin" });
        Assert.Equal(HttpStatusCode.BadRequest, issued.StatusCode);
        Assert.Equal(["role"], await FieldsAsync(issued));
    }

    [Fact]
    public async Task Passwords_of_control_characters_are_refused_and_a_nul_appended_to_the_right_one_does_not_sign_in()
    {
        var admin = await Factory.AdminClientAsync();
        var nuls = await CreateUserAsync(admin, "nul.user", Roles.CallTaker, password: new string('\0', 12));
        Assert.Equal(["password"], await FieldsAsync(nuls));
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "plain.user", Roles.CallTaker)).StatusCode);

        var padded = await TokenAsync(Factory.CreateClient(), "plain.user", MonitoringFactory.UserPassword + "\0");
        Assert.Equal(HttpStatusCode.Unauthorized, padded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "plain.user", MonitoringFactory.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Names_are_one_printable_line_of_at_most_a_hundred_characters()
    {
        var admin = await Factory.AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "long.name", displayName = new string('D', 60_000), password = MonitoringFactory.UserPassword, role = "calltaker",
            nrp = "87\u000750",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["displayName", "nrp"], (await FieldsAsync(response)).Order());
        var list = await admin.GetStringAsync("/api/admin/users");
        Assert.DoesNotContain("long.name", list);
    }

    [Fact]
    public async Task Enabling_a_disabled_person_again_does_not_bring_back_their_old_token()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "bripda.ani", Roles.CallTaker)).StatusCode);
        var token = (await JsonAsync(await TokenAsync(Factory.CreateClient(), "bripda.ani", MonitoringFactory.UserPassword)))
            .GetProperty("accessToken").GetString()!;
        var old = Factory.CreateClient().Carrying(token);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/api/auth/me")).StatusCode);

        Assert.True((await admin.PatchAsJsonAsync("/api/admin/users/bripda.ani", new { disabled = true })).IsSuccessStatusCode);
        Assert.True((await admin.PatchAsJsonAsync("/api/admin/users/bripda.ani", new { disabled = false })).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "bripda.ani", MonitoringFactory.UserPassword)).StatusCode);
    }
}
