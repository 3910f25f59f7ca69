namespace Monitoring.Server.Tests;

/// <summary>
/// One server and its database, started on first use. As a class fixture it serves every test of a class whose tests
/// cannot disturb each other: a server start costs seconds, and a class of thirty refusals paid it thirty times.
/// </summary>
public class SharedServer : IAsyncDisposable
{
    private readonly Lazy<Api> _api;

    public SharedServer()
        : this(null)
    {
    }

    protected internal SharedServer(IReadOnlyDictionary<string, string?>? settings)
    {
        Factory = new MonitoringFactory(Folder.Path, settings);
        _api = new Lazy<Api>(Factory.Api);
    }

    public TempFolder Folder { get; } = new();

    public MonitoringFactory Factory { get; }

    public Api Api => _api.Value;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
