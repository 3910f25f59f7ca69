using Monitoring.Actors.Telephony;
using Monitoring.Domain.Coverage;
using Akka.Actor;
using Akka.Hosting;
using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Units;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence;
using Monitoring.Persistence.Queries;
using Monitoring.Persistence.ReadModel;
using Monitoring.Persistence.Storage;

namespace Monitoring.Testing;

/// <summary>The real actor side (one-node cluster, sharding, SQLite journal) in a generic host, started and stopped at will.</summary>
public sealed class ActorHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ActorHost(IHost host, CaseQueries readModel, StorageOptions storage)
    {
        _host = host;
        ReadModel = readModel;
        Storage = storage;
    }

    /// <summary>How long a test waits for an actor's answer: long enough for a slow machine, short of hiding a lost reply.</summary>
    public static readonly TimeSpan Ask = TimeSpan.FromSeconds(15);

    /// <summary>The read model's case lists, and with <see cref="Callers"/> all a test reads of it.</summary>
    public CaseQueries ReadModel { get; }

    public CallerQueries Callers => _host.Services.GetRequiredService<CallerQueries>();

    public StorageOptions Storage { get; }

    public ActorRegistry Registry => _host.Services.GetRequiredService<ActorRegistry>();

    public ActorSystem System => _host.Services.GetRequiredService<ActorSystem>();

    public static async Task<ActorHost> StartAsync(
        string databasePath, TimeProvider clock, Action<Settings>? configure = null, string? hocon = null)
    {
        var settings = new Settings { Storage = TestStorage.For(Path.GetDirectoryName(databasePath)!) };
        configure?.Invoke(settings);
        var tree = JurisdictionTree.Default;
        var host = new HostBuilder()
            .ConfigureLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices(services => services
                .AddSingleton(settings.Storage)
                .AddSingleton(tree)
                .AddMonitoringPersistence()
                .AddAkka(MonitoringActors.SystemName, (builder, sp) => builder.ConfigureLoggers(l => l.AddLoggerFactory())
                    .AddHocon(hocon ?? "", HoconAddMode.Prepend)
                    .AddMonitoringActors(settings.Cluster, new CaseSettings(settings.Sla.ToPolicy(), clock, tree), MonitoringPersistence.RememberedCases,
                        settings.Sentinel.ToSettings(), sp.GetRequiredService<CaseQueries>(), settings.Surge.ToSettings(),
                        settings.Telephony.ToSettings(VoronoiCoverage.Default(tree), clock))
                    .WithMonitoringPersistence(settings.Storage)
                    .WithMonitoringReadModel(sp, settings.ReadModel.StuckAfter)))
            .Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new ActorHost(host, host.Services.GetRequiredService<CaseQueries>(), settings.Storage);
    }

    /// <summary>What a test may change of the actor side's settings, as the server's configuration would.</summary>
    public sealed class Settings
    {
        public StorageOptions Storage { get; set; } = new();

        public ClusterNodeOptions Cluster { get; set; } = new();

        public SlaOptions Sla { get; set; } = new();

        public SentinelOptions Sentinel { get; set; } = new();

        public SurgeOptions Surge { get; set; } = new();

        public ReadModelOptions ReadModel { get; set; } = new();

        public TelephonyOptions Telephony { get; set; } = new();
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
