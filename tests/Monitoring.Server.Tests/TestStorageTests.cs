namespace Monitoring.Server.Tests;

/// <summary>
/// A finished test gives its database connections back: the PostgreSQL pass makes a database per test, and pooled
/// connections left idle once filled the server's slots, failing whichever test came next.
/// </summary>
[Collection(nameof(ServerHosts))]
public sealed class TestStorageTests
{
    [Fact]
    public async Task A_finished_server_leaves_no_connection_open_to_its_database()
    {
        var folder = new TempFolder();
        var connectionString = TestStorage.For(folder.Path).ConnectionString;
        var factory = new MonitoringFactory(folder.Path);
        var api = factory.Api();
        await api.RecordAsync(Api.Report(caller: "081200000031"));
        Assert.True(TestStorage.OpenConnections(folder.Path, connectionString) > 0, "the count sees the running server's connections");

        await factory.DisposeAsync();
        folder.Dispose();

        await Eventually.Until(() => Task.FromResult(TestStorage.OpenConnections(folder.Path, connectionString)), n => n == 0,
            what: "connections left open to the finished test's database");
    }
}
