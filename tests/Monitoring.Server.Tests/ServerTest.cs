namespace Monitoring.Server.Tests;

/// <summary>A test against one fresh server on its own database, with the API at hand.</summary>
[Collection(nameof(ServerHosts))]
public abstract class ServerTest : IAsyncLifetime
{
    protected ServerTest(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Factory = new MonitoringFactory(Folder.Path, settings);
        Api = Factory.Api();
    }

    protected TempFolder Folder { get; } = new();

    protected MonitoringFactory Factory { get; }

    protected Api Api { get; }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Factory.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(nameof(ServerHosts), DisableParallelization = true)]
public sealed class ServerHosts;
