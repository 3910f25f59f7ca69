using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Monitoring.Testing;

namespace Monitoring.Benchmarks;

/// <summary>Where one provider's measurements run: a folder of SQLite files, or a PostgreSQL server of the benchmark's
/// own that syncs every commit. Each stage gets a fresh database so one stage's rows never weigh on the next.</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("monitoring-bench-").FullName;
    private readonly PostgresServer? _postgres;

    public BenchDatabase(StorageProvider provider)
    {
        Provider = provider;
        if (provider == StorageProvider.PostgreSql) _postgres = PostgresServer.StartDurable();
    }

    public StorageProvider Provider { get; }

    public string Name => Provider == StorageProvider.Sqlite ? "SQLite" : "PostgreSQL";

    public StorageOptions Fresh(string stage) => _postgres is { } pg
        ? new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = pg.CreateDatabase() }
        : new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_folder, stage, "monitoring.db")}" };

    public void Dispose()
    {
        _postgres?.Stop();
        Directory.Delete(_folder, recursive: true);
    }
}
