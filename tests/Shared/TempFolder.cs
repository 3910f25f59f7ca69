using Microsoft.Data.Sqlite;

namespace Monitoring.Testing;

/// <summary>A temporary folder for a test's database, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("monitoring-test-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "monitoring.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestStorage.Release(Path);
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
