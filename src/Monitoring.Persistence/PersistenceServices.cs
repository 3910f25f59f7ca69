using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Actors.Protocol;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Queries;
using Monitoring.Persistence.ReadModel;
using Monitoring.Persistence.Retention;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence;

public static class PersistenceServices
{
    /// <summary>
    /// The read model (its database, writer and queries), the journal's case reader, the lag probe, the storage health
    /// check and the retention purge, for a node whose <see cref="StorageOptions"/> and jurisdiction tree are registered.
    /// </summary>
    public static IServiceCollection AddMonitoringPersistence(this IServiceCollection services) => services
        .AddSingleton(sp => ReadModelDatabase.For(sp.GetRequiredService<StorageOptions>()))
        .AddSingleton<ReadModelWriter>()
        .AddSingleton<CaseQueries>()
        .AddSingleton<ICaseReadModel>(sp => sp.GetRequiredService<CaseQueries>())
        .AddSingleton<CallerQueries>()
        .AddSingleton<ReportQueries>()
        .AddSingleton<NuisanceQueries>()
        .AddSingleton<StatsQueries>()
        .AddSingleton<ProjectionLagProbe>()
        .AddSingleton<StorageHealthCheck>()
        .AddSingleton(sp => new CaseReader(sp.GetRequiredService<ActorSystem>()))
        .AddSingleton(sp => new JournalPurge(sp.GetRequiredService<ActorSystem>(), sp.GetRequiredService<StorageOptions>()))
        .AddSingleton<RetentionPurge>();
}
