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
}
