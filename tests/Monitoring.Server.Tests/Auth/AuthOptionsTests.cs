using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Auth;

[StorageIndependent]
public sealed class AuthOptionsTests
{
    [Fact]
    public void The_defaults_ask_a_second_factor_of_admins_and_managers_and_none_turns_it_off()
    {
        var defaults = new AuthOptions();
        Assert.Equal(new HashSet<string> { Roles.Admin, Roles.Manager }, defaults.SecondFactorRoles);
        Assert.Equal(TimeSpan.FromMinutes(30), defaults.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(1), defaults.AccessTokenLifetime);
        Assert.Empty(defaults.Problems());
        Assert.Empty(new AuthOptions { TwoFactorRoles = "None" }.SecondFactorRoles);
    }

    [Fact]
    public void Settings_that_cannot_work_are_named()
    {
        var problems = new AuthOptions
        {
            TwoFactorRoles = "admin, root", IdleTimeout = TimeSpan.Zero, AccessTokenLifetime = TimeSpan.FromHours(-1), BootstrapAdminPassword = "short",
        }.Problems().ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("'root'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("BootstrapAdminPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("https://monitoring.example")]
    [InlineData("monitoring.example:443")]
    [InlineData("")]
    public void A_passkey_server_domain_that_no_browser_takes_is_named(string domain)
    {
        var problem = Assert.Single(new AuthOptions { Passkeys = { ServerDomain = domain } }.Problems());
        Assert.StartsWith("Passkeys:ServerDomain", problem, StringComparison.Ordinal);
        Assert.Empty(new AuthOptions { Passkeys = { ServerDomain = "monitoring.polda.example" } }.Problems());
    }
}
