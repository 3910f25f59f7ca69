using Microsoft.Data.Sqlite;

namespace Monitoring.Persistence.Storage;

/// <summary>
/// The embedded database file: created on first run, in WAL mode so that reads do not block the writer, readable by the
/// center's own user only (it holds callers' numbers and what they said). SQLite gives its -wal and -shm files the
/// permissions of the database file.
/// </summary>
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

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:")) CreateOwnerOnly(Path.GetFullPath(builder.DataSource));
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL is a property of the file: it stays once set.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    private static void CreateOwnerOnly(string file)
    {
        var directory = Path.GetDirectoryName(file);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            return;
        }
        // A folder the center makes is its own; one that was there already (the working directory, say) keeps its mode.
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory)) Directory.CreateDirectory(directory, OwnerOnlyFolder);
        if (!File.Exists(file))
            new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile }).Dispose();
        else File.SetUnixFileMode(file, OwnerOnlyFile);
    }
}
