using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Auth;

[Collection(nameof(ServerHosts))]
public sealed class PasskeyTableTests
{
    [Fact]
    public async Task A_people_database_from_before_passkeys_gets_their_table_at_the_next_start()
    {
        using var folder = new TempFolder();
        using (var first = new MonitoringFactory(folder.Path)) await first.AdminClientAsync();
        // As a center from before passkeys left it: every people table but this one.
        TestStorage.ExecutePeople(folder.Path, $"DROP TABLE {PasskeyDb.Table}");
        SqliteConnection.ClearAllPools();

        using var second = new MonitoringFactory(folder.Path);
        var admin = await second.AdminClientAsync();
        using var authenticator = new SoftAuthenticator();
        await using (var scope = second.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>();
            Assert.True((await users.AddOrUpdatePasskeyAsync((await users.FindByNameAsync("admin"))!, authenticator.Passkey("meja piket"))).Succeeded);
        }
        var passkeys = await admin.GetFromJsonAsync<List<PasskeyView>>("/api/auth/passkeys", second.Json);
        Assert.Equal("meja piket", Assert.Single(passkeys!).Name);
    }
}
