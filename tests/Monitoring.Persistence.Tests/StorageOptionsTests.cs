using Microsoft.Data.Sqlite;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Monitoring.Testing;

namespace Monitoring.Persistence.Tests;

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

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_embedded_database_is_readable_by_the_centers_own_user_only()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "data");
        var connection = $"Data Source={Path.Combine(folder, "monitoring.db")}";
        SqliteStorage.Prepare(connection);
        using (var db = new SqliteConnection(connection))
        {
            db.Open();
            using var write = db.CreateCommand();
            write.CommandText = "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);";
            write.ExecuteNonQuery();
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.All(new[] { "monitoring.db", "monitoring.db-wal", "monitoring.db-shm" },
                f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, f))));
        }

        // A file an earlier version left readable to all is closed up at the next start.
        var older = Path.Combine(temp.Path, "older.db");
        File.WriteAllBytes(older, []);
        File.SetUnixFileMode(older, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        SqliteStorage.Prepare($"Data Source={older}");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(older));
    }
}
