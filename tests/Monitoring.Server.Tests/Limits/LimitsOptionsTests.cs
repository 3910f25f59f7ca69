using System.Net;
using Monitoring.Server.Limits;

namespace Monitoring.Server.Tests.Limits;

[StorageIndependent]
public sealed class LimitsOptionsTests
{
    [Fact]
    public void The_defaults_are_those_the_readme_states_and_hold()
    {
        var defaults = new LimitsOptions();
        Assert.Equal((20, 5, TimeSpan.FromMinutes(1), 20_000),
            (defaults.SignInPerAddress, defaults.SignInPerUserName, defaults.SignInWindow, defaults.IntakePerTokenPerSecond));
        Assert.Equal(TimeSpan.FromSeconds(10), defaults.SignInStep);
        Assert.Empty(defaults.Problems());
        Assert.Empty(new LimitsOptions { SignInPerAddress = 0, SignInPerUserName = 0, IntakePerTokenPerSecond = 0 }.Problems());
    }

    [Fact]
    public void Settings_that_cannot_work_are_named()
    {
        var problems = new LimitsOptions
        {
            SignInPerAddress = -1, SignInPerUserName = -1, IntakePerTokenPerSecond = -1, SignInWindow = TimeSpan.FromSeconds(5),
        }.Problems().ToList();
        Assert.Equal(["SignInPerAddress", "SignInPerUserName", "IntakePerTokenPerSecond", "SignInWindow"], problems.Select(p => p.Split(' ')[0]));
    }

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("::ffff:10.1.2.3", "10.1.2.3")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void A_client_counts_by_its_ipv4_address_or_its_ipv6_64_block(string address, string counted) =>
        Assert.Equal(counted, ClientAddress.Of(IPAddress.Parse(address)));
}
