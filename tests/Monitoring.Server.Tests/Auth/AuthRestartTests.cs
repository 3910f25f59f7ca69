using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

[Collection(nameof(ServerHosts))]
public sealed class AuthRestartTests
{
    [Fact]
    public async Task An_access_token_outlives_a_restart_because_the_keys_are_in_the_people_store()
    {
        using var folder = new TempFolder();
        string token;
        using (var first = new MonitoringFactory(folder.Path))
        {
            token = await first.AccessTokenAsync(first.CreateClient(), "admin", MonitoringFactory.AdminPassword);
            using var scope = first.Services.CreateScope();
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<PeopleDb>().DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken));
        }
        using var second = new MonitoringFactory(folder.Path);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(second, token).GetAsync("/api/auth/me")).StatusCode);
    }
}
