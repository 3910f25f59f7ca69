using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

public sealed class AdminUserTests : ServerTest
{
    [Fact]
    public async Task An_eleven_character_password_is_refused_naming_the_field_and_twelve_are_enough()
    {
        var admin = await Factory.AdminClientAsync();
        var eleven = await CreateUserAsync(admin, "short.pw", Roles.CallTaker, password: "abcdefghijk");
        Assert.Equal(HttpStatusCode.BadRequest, eleven.StatusCode);
        Assert.Equal(["password"], await FieldsAsync(eleven));
        // No composition rules: twelve lowercase letters pass.
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "long.pw", Roles.CallTaker, password: "abcdefghijkl")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_role_a_scoped_role_without_a_unit_and_an_unknown_unit_are_refused_by_field()
    {
        var admin = await Factory.AdminClientAsync();
        var role = await CreateUserAsync(admin, "x1", "superuser");
        Assert.Equal(HttpStatusCode.BadRequest, role.StatusCode);
        Assert.Equal(["role"], await FieldsAsync(role));
        Assert.Equal(["unitId"], await FieldsAsync(await CreateUserAsync(admin, "x2", Roles.Officer)));
        Assert.Equal(["unitId"], await FieldsAsync(await CreateUserAsync(admin, "x3", Roles.CallTaker, "polres-atlantis")));
        // A call taker may carry a unit or none.
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "x4", Roles.CallTaker)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "x5", Roles.CallTaker, "polres-tangerang-selatan")).StatusCode);
        // User names are unique, whatever their case: a taken one is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await CreateUserAsync(admin, "X4", Roles.CallTaker)).StatusCode);
        var patch = await admin.PatchAsJsonAsync("/api/admin/users/x4", new { role = "root" });
        Assert.Equal(["role"], await FieldsAsync(patch));
    }

    [Fact]
    public async Task A_person_made_with_a_temporary_password_must_choose_their_own_before_anything_else()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "bripka.dewi", displayName = "Bripka Dewi", password = MonitoringFactory.UserPassword, role = Roles.CallTaker,
            mustChangePassword = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await JsonAsync(created)).GetProperty("mustChangePassword").GetBoolean());
        var token = await TokenAsync(Factory.CreateClient(), "bripka.dewi", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.True((await JsonAsync(token)).GetProperty("mustChangePassword").GetBoolean());
        // Without the flag the password is the person's own, as before.
        await CreateUserAsync(admin, "bripka.tono", Roles.CallTaker);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "bripka.tono", MonitoringFactory.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task The_last_enabled_admin_can_be_neither_disabled_nor_demoted()
    {
        var admin = await Factory.AdminClientAsync();
        var disable = await admin.PatchAsJsonAsync("/api/admin/users/admin", new { disabled = true });
        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PatchAsJsonAsync("/api/admin/users/admin", new { role = Roles.Manager })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);

        // With a second admin the first may step down.
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "admin2", Roles.Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/admin/users/admin", new { role = Roles.Manager })).StatusCode);
        var second = await Factory.TokenClientAsync("admin2", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.Conflict, (await second.PatchAsJsonAsync("/api/admin/users/admin2", new { disabled = true })).StatusCode);
        // The role change applied to the open token at once.
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_person_is_refused_and_their_open_token_stops()
    {
        var admin = await Factory.AdminClientAsync();
        await CreateUserAsync(admin, "briptu.andi", Roles.CallTaker);
        var andi = await Factory.TokenClientAsync("briptu.andi", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await andi.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/admin/users/briptu.andi", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await andi.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(Factory.CreateClient(), "briptu.andi", MonitoringFactory.UserPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(Factory.CreateClient(), "briptu.andi", MonitoringFactory.UserPassword)).StatusCode);

        var users = await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", Factory.Json);
        Assert.True(users!.Single(u => u.UserName == "briptu.andi").Disabled);
    }

    [Fact]
    public async Task A_grant_past_its_end_is_refused()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "temp", displayName = "Temp", password = MonitoringFactory.UserPassword, role = Roles.CallTaker,
            expiresAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "temp", MonitoringFactory.UserPassword)).StatusCode);
        await admin.PatchAsJsonAsync("/api/admin/users/temp", new { expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(Factory.CreateClient(), "temp", MonitoringFactory.UserPassword)).StatusCode);
        await admin.PatchAsJsonAsync("/api/admin/users/temp", new { expiresAt = (DateTimeOffset?)null });
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "temp", MonitoringFactory.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Revoking_ends_an_open_token_and_an_open_cookie()
    {
        var admin = await Factory.AdminClientAsync();
        await CreateUserAsync(admin, "aiptu.sari", Roles.Manager);
        var token = await Factory.TokenClientAsync("aiptu.sari", MonitoringFactory.UserPassword);
        var (cookie, _) = await CookieClientAsync(Factory, "aiptu.sari", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/admin/users/aiptu.sari/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/auth/me")).StatusCode);
        // Signing in again works.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(Factory.CreateClient(), "aiptu.sari", MonitoringFactory.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_ends_sessions_and_must_be_changed()
    {
        var admin = await Factory.AdminClientAsync();
        await CreateUserAsync(admin, "bripda.tono", Roles.CallTaker);
        var old = await Factory.TokenClientAsync("bripda.tono", MonitoringFactory.UserPassword);
        var reset = await admin.PostAsJsonAsync("/api/admin/users/bripda.tono/password", new { password = "temporary-password-1" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/auth/me")).StatusCode);
        var token = await TokenAsync(Factory.CreateClient(), "bripda.tono", "temporary-password-1");
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.True((await JsonAsync(token)).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task The_admin_api_is_closed_to_anonymous_callers()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync("/api/admin/users")).StatusCode);
        var bogus = Bearer(Factory, "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bogus.GetAsync("/api/admin/users")).StatusCode);
    }
}
