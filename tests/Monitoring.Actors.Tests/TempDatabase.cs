namespace Monitoring.Actors.Tests;

/// <summary>A fresh SQLite file per test, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("monitoring-test-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "monitoring.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
