using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;
using static Monitoring.Server.Tests.Limits.LimitClients;

namespace Monitoring.Server.Tests.Limits;

/// <summary>Three sign-ins per address and two per user name in a window long enough that no test outlives it. The
/// window slides in six steps of ten minutes, the soonest a permit comes back: what Retry-After says.</summary>
[StorageIndependent]
public sealed class SignInLimitTests() : ServerTest(new Dictionary<string, string?>
{
    ["Monitoring:Limits:SignInPerAddress"] = "3",
    ["Monitoring:Limits:SignInPerUserName"] = "2",
    ["Monitoring:Limits:SignInWindow"] = "01:00:00",
})
{
    [Fact]
    public async Task The_fourth_sign_in_from_one_address_is_429_for_the_token_and_the_page_alike_and_another_address_still_signs_in()
    {
        var one = From(Factory, "10.0.0.1");
        // Three names, once each, so that only the address's count fills.
        foreach (var name in new[] { "nobody.1", "nobody.2", "nobody.3" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(one, name, "wrong-password-x")).StatusCode);

        var (detail, retryAfter) = await TooManyAsync(await TokenAsync(one, "admin", MonitoringFactory.AdminPassword));
        Assert.Contains("from this address", detail);
        Assert.Equal(600, retryAfter);
        Assert.Contains("from this address", (await TooManyAsync(await SignInAsync(one, "admin", MonitoringFactory.AdminPassword))).Detail);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(From(Factory, "10.0.0.2"), "admin", MonitoringFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task An_ipv6_client_counts_by_its_64_block()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, "2001:db8:1:2::a"), "nobody.1", "wrong-password-x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, "2001:db8:1:2::b"), "nobody.2", "wrong-password-x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, "2001:db8:1:2:ffff::1"), "nobody.3", "wrong-password-x")).StatusCode);
        await TooManyAsync(await TokenAsync(From(Factory, "2001:db8:1:2::c"), "nobody.4", "wrong-password-x"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, "2001:db8:1:3::a"), "nobody.4", "wrong-password-x")).StatusCode);
    }

    [Fact]
    public async Task One_user_name_is_limited_across_addresses_whatever_its_case_and_the_refused_attempt_counts_towards_no_lockout()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, "10.0.1.1"), "admin", "wrong-password-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(From(Factory, "10.0.1.2"), "ADMIN", "wrong-password-2")).StatusCode);

        var (detail, retryAfter) = await TooManyAsync(await TokenAsync(From(Factory, "10.0.1.3"), "Admin", MonitoringFactory.AdminPassword));
        Assert.Contains("for this user name", detail);
        Assert.Equal(600, retryAfter);

        // Refused before the password was looked at: Identity saw two failures, not three, and the right password was not tried.
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>();
        Assert.Equal(2, await users.GetAccessFailedCountAsync((await users.FindByNameAsync("admin"))!));
    }

    [Fact]
    public async Task An_unknown_user_name_is_limited_alike_so_the_limit_tells_no_one_which_names_exist()
    {
        foreach (var (name, address) in new[] { ("admin", "10.0.2.1"), ("admin", "10.0.2.2"), ("nobody", "10.0.2.3"), ("nobody", "10.0.2.4") })
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(From(Factory, address), name, "wrong-password-x")).StatusCode);
        var known = await TooManyAsync(await TokenAsync(From(Factory, "10.0.2.5"), "admin", "wrong-password-x"));
        var unknown = await TooManyAsync(await TokenAsync(From(Factory, "10.0.2.6"), "nobody", "wrong-password-x"));
        Assert.Equal(known, unknown);
    }
}
