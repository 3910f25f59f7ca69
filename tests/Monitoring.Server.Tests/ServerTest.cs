namespace Monitoring.Server.Tests;

/// <summary>
/// A test against a server on its own database, with the API at hand: a fresh server per test, or one a class shares
/// (<see cref="SharedServer"/>) when its tests each assert on their own before and after. The server starts on first use,
/// so a test that never calls it pays nothing.
/// </summary>
[Collection(nameof(ServerHosts))]
public abstract class ServerTest : IAsyncLifetime
{
    private readonly SharedServer _server;
    private readonly bool _owned;

    protected ServerTest(IReadOnlyDictionary<string, string?>? settings = null)
        : this(new SharedServer(settings), owned: true)
    {
    }

    protected ServerTest(SharedServer shared)
        : this(shared, owned: false)
    {
    }

    private ServerTest(SharedServer server, bool owned)
    {
        _server = server;
        _owned = owned;
    }

    protected TempFolder Folder => _server.Folder;

    protected MonitoringFactory Factory => _server.Factory;

    protected Api Api => _server.Api;

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_owned) await _server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(nameof(ServerHosts), DisableParallelization = true)]
public sealed class ServerHosts;
