using Monitoring.Actors.Hosting;

namespace Monitoring.Actors.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void On_sqlite_the_sharding_state_and_the_read_model_get_files_beside_the_journal()
    {
        var storage = new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = "Data Source=data/monitoring.db" };
        Assert.Equal("Data Source=data/monitoring.db", storage.JournalConnection);
        Assert.Equal($"Data Source={Path.Combine("data", "monitoring.sharding.db")}", storage.ShardingConnection);
        Assert.Equal($"Data Source={Path.Combine("data", "monitoring.readmodel.db")}", storage.ReadModelConnection);
    }

    [Fact]
    public void On_postgresql_everything_shares_the_database_and_connections_are_neither_reset_nor_reparsed()
    {
        var storage = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Database=monitoring" };
        Assert.Equal(storage.JournalConnection, storage.ShardingConnection);
        Assert.Equal(storage.JournalConnection, storage.ReadModelConnection);
        Assert.Contains("No Reset On Close=true", storage.JournalConnection, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Max Auto Prepare=50", storage.JournalConnection, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_operators_own_postgresql_settings_are_kept() =>
        Assert.Contains("max auto prepare=0", PostgresStorage.Tune("Host=db;Max Auto Prepare=0").ToLowerInvariant());
}
