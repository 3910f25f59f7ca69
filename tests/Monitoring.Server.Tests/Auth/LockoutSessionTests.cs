using System.Net;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

/// <summary>Anyone who knows a user name can lock it with five wrong passwords; what that must not do is end the work of
/// the person already signed in.</summary>
public sealed class LockoutSessionTests : ServerTest
{
    [Fact]
    public async Task A_lockout_refuses_new_sign_ins_but_the_sessions_already_given_go_on()
    {
        var signedIn = await Factory.TokenClientAsync("admin", MonitoringFactory.AdminPassword);
        var guesser = Factory.CreateClient();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(guesser, "admin", $"wrong-password-{i}")).StatusCode);
        Assert.Contains("locked until", (await JsonAsync(await TokenAsync(guesser, "admin", MonitoringFactory.AdminPassword))).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/auth/me")).StatusCode);
    }
}
