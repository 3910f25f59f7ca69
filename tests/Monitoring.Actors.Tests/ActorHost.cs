using Akka.Actor;
using Akka.Hosting;
using LinqToDB;
using LinqToDB.Data;
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

    private ActorHost(IHost host, ReadModelStore readModel, StorageOptions storage)
    {
        _host = host;
        ReadModel = readModel;
        Storage = storage;
    }

    /// <summary>How long a test waits for an actor's answer: long enough for a slow machine, short of hiding a lost reply.</summary>
    public static readonly TimeSpan Ask = TimeSpan.FromSeconds(15);

    public ReadModelStore ReadModel { get; }

    public StorageOptions Storage { get; }

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
        return new ActorHost(host, readModel, options.Storage);
    }

    /// <summary>On a PostgreSQL database of its own, whichever pass, for what only concurrent writers or triggers show; the
    /// journal's tables exist when it returns (the plugin makes them on its first write).</summary>
    public static async Task<ActorHost> StartOnPostgreSqlAsync(string databasePath)
    {
        var host = await StartAsync(databasePath, TimeProvider.System, o => o.Storage = new StorageOptions
        {
            Provider = StorageProvider.PostgreSql, ConnectionString = PostgresServer.NewDatabase(),
        });
        await host.System.ActorOf(Tally.Props("tables")).Ask<long>("add", Ask);
        return host;
    }

    /// <summary>Runs statements on the journal's database; returns the first column of the first row, if any.</summary>
    public T Execute<T>(string sql)
    {
        using var db = new DataConnection(new DataOptions().UseConnectionString(Storage.DataProvider, Storage.ConnectionString));
        return db.Execute<T>(sql);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
