using Microsoft.Data.Sqlite;

namespace Monitoring.Actors.Hosting;

/// <summary>The embedded database file: created on first run, in WAL mode so that reads do not block the writer.</summary>
public static class SqliteStorage
{
    /// <summary>The same connection for a file next to it: <c>data/monitoring.db</c> → <c>data/monitoring.readmodel.db</c>.</summary>
    public static string Beside(string connectionString, string part)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        builder.DataSource = Path.Combine(Path.GetDirectoryName(file) ?? "",
            $"{Path.GetFileNameWithoutExtension(file)}.{part}{Path.GetExtension(file)}");
        return builder.ToString();
    }

    public static void Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL is a property of the file: it stays once set.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
