using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.ReadModel;

namespace Monitoring.Actors.Tests;

/// <summary>The real actor side (one-node cluster, sharding, SQLite journal) in a generic host, started and stopped at will.</summary>
public sealed class ActorHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ActorHost(IHost host, ReadModelStore readModel)
    {
        _host = host;
        ReadModel = readModel;
    }

    public ReadModelStore ReadModel { get; }

    public ActorRegistry Registry => _host.Services.GetRequiredService<ActorRegistry>();

    public ActorSystem System => _host.Services.GetRequiredService<ActorSystem>();

    public static async Task<ActorHost> StartAsync(
        string databasePath, TimeProvider clock, Action<MonitoringOptions>? configure = null, string? hocon = null)
    {
        var options = new MonitoringOptions { Storage = TestStorage.For(Path.GetDirectoryName(databasePath)!) };
        configure?.Invoke(options);
        var readModel = ReadModelStore.For(options.Storage, Monitoring.Domain.Jurisdiction.JurisdictionTree.Default);
        var host = new HostBuilder()
            .ConfigureLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices(services => services.AddAkka(MonitoringAkkaExtensions.SystemName,
                builder => builder.ConfigureLoggers(l => l.AddLoggerFactory())
                    .AddHocon(hocon ?? "", HoconAddMode.Prepend)
                    .AddMonitoring(options, clock, readModel)))
            .Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new ActorHost(host, readModel);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
