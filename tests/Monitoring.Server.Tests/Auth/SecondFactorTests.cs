using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

/// <summary>With the default Monitoring:Auth:TwoFactorRoles (admin, manager) instead of the tests' "none".</summary>
public sealed class SecondFactorTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Auth:TwoFactorRoles"] = "admin,manager" })
{
    [Fact]
    public async Task An_admin_without_a_second_factor_may_only_enrol_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        var first = await JsonAsync(await TokenAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword));
        Assert.True(first.GetProperty("mustEnrolSecondFactor").GetBoolean());
        var admin = Bearer(Factory, first.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/admin/users")).StatusCode);
        Assert.True((await JsonAsync(await admin.GetAsync("/api/auth/me"))).GetProperty("mustEnrolSecondFactor").GetBoolean());

        var setup = await JsonAsync(await admin.PostAsync("/api/auth/authenticator", null));
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticatorUri").GetString());
        Assert.Contains($"secret={key}", setup.GetProperty("authenticatorUri").GetString());
        admin = Bearer(Factory, setup.GetProperty("renewed").GetProperty("accessToken").GetString()!);

        var wrong = await admin.PostAsJsonAsync("/api/auth/authenticator/verify", new { code = "12345" });
        Assert.Equal(["code"], await FieldsAsync(wrong));
        var verified = await admin.PostAsJsonAsync("/api/auth/authenticator/verify", new { code = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var enabled = await JsonAsync(verified);
        var recovery = enabled.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, recovery.Distinct().Count());
        admin = Bearer(Factory, enabled.GetProperty("renewed").GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);

        // From now on the password alone is not enough.
        var passwordOnly = await TokenAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, passwordOnly.StatusCode);
        Assert.True((await JsonAsync(passwordOnly)).GetProperty("codeRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await WithCode(Totp.Code(key, DateTimeOffset.UtcNow))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCode(recovery[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCode(recovery[0])).StatusCode);   // each recovery code works once
        var page = await Factory.CreateClient().PostAsJsonAsync("/api/auth/signin",
            new { userName = "admin", password = MonitoringFactory.AdminPassword, code = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.False((await JsonAsync(page)).GetProperty("mustEnrolSecondFactor").GetBoolean());
    }

    [Fact]
    public async Task Wrong_codes_count_towards_lockout()
    {
        var admin = await EnrolledAdminAsync();
        for (var i = 0; i < 5; i++) await WithCode("not-a-recovery-code");
        var locked = await WithCode(Totp.Code(admin, DateTimeOffset.UtcNow));
        Assert.Contains("locked until", (await JsonAsync(locked)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_call_taker_needs_no_second_factor()
    {
        var admin = await EnrolledAdminClientAsync();
        await CreateUserAsync(admin, "bripda.eka", Roles.CallTaker);
        var token = await JsonAsync(await TokenAsync(Factory.CreateClient(), "bripda.eka", MonitoringFactory.UserPassword));
        Assert.False(token.GetProperty("mustEnrolSecondFactor").GetBoolean());
    }

    [Fact]
    public async Task An_admin_resets_a_lost_authenticator_the_sessions_end_and_the_next_sign_in_enrols_anew()
    {
        var admin = await EnrolledAdminClientAsync();
        await CreateUserAsync(admin, "kompol.rina", Roles.Manager);
        var first = await JsonAsync(await TokenAsync(Factory.CreateClient(), "kompol.rina", MonitoringFactory.UserPassword));
        var rina = Bearer(Factory, first.GetProperty("accessToken").GetString()!);
        var setup = await JsonAsync(await rina.PostAsync("/api/auth/authenticator", null));
        var key = setup.GetProperty("sharedKey").GetString()!;
        rina = Bearer(Factory, setup.GetProperty("renewed").GetProperty("accessToken").GetString()!);
        var enabled = await JsonAsync(await rina.PostAsJsonAsync("/api/auth/authenticator/verify", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }));
        rina = Bearer(Factory, enabled.GetProperty("renewed").GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await rina.GetAsync("/api/reports/response-times")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/users/nobody/authenticator/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/admin/users/kompol.rina/authenticator/reset", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await rina.GetAsync("/api/reports/response-times")).StatusCode);
        Assert.False((await JsonAsync(await admin.GetAsync("/api/admin/users"))).EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == "kompol.rina").GetProperty("secondFactor").GetBoolean());
        // The old recovery codes are gone with the key; the password alone now leads to a new enrolment.
        using (var scope = Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>();
            Assert.Equal(0, await users.CountRecoveryCodesAsync((await users.FindByNameAsync("kompol.rina"))!));
        }
        var again = await JsonAsync(await TokenAsync(Factory.CreateClient(), "kompol.rina", MonitoringFactory.UserPassword));
        Assert.True(again.GetProperty("mustEnrolSecondFactor").GetBoolean());
        var newSetup = await JsonAsync(await Bearer(Factory, again.GetProperty("accessToken").GetString()!).PostAsync("/api/auth/authenticator", null));
        Assert.NotEqual(key, newSetup.GetProperty("sharedKey").GetString());
    }

    private async Task<string> EnrolledAdminAsync() => (await EnrolAsync()).Key;

    private async Task<HttpClient> EnrolledAdminClientAsync() => (await EnrolAsync()).Client;

    private async Task<(string Key, HttpClient Client)> EnrolAsync()
    {
        var admin = Bearer(Factory, (await JsonAsync(await TokenAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword))).GetProperty("accessToken").GetString()!);
        var setup = await JsonAsync(await admin.PostAsync("/api/auth/authenticator", null));
        var key = setup.GetProperty("sharedKey").GetString()!;
        admin = Bearer(Factory, setup.GetProperty("renewed").GetProperty("accessToken").GetString()!);
        var enabled = await JsonAsync(await admin.PostAsJsonAsync("/api/auth/authenticator/verify", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }));
        return (key, Bearer(Factory, enabled.GetProperty("renewed").GetProperty("accessToken").GetString()!));
    }

    private Task<HttpResponseMessage> WithCode(string code) =>
        Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = MonitoringFactory.AdminPassword, code });
}
