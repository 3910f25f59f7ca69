using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Monitoring.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 server on 127.0.0.1, started once per test process when the suites run on PostgreSQL
/// (MONITORING_TEST_STORAGE=PostgreSql), each test getting a database of its own. initdb refuses root, so as root the
/// server runs as the postgres user.
/// </summary>
internal sealed class PostgresServer
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly Lazy<PostgresServer> Shared = new(Start);
    private static int _databases;
    private readonly string _directory;

    private readonly bool _durable;

    private PostgresServer(string directory, int port, bool durable)
    {
        _directory = directory;
        _durable = durable;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public int Port { get; }

    /// <summary>The server of this test process, started on first use.</summary>
    public static PostgresServer Instance => Shared.Value;

    /// <summary>Stops the server as a crash would (immediate mode): connections drop, nothing is flushed politely.</summary>
    public void Halt() => Run(Path.Combine(Bin, "pg_ctl"), $"-D {_directory}/data -m immediate stop", _directory);

    /// <summary>Starts the server again on the same port and data.</summary>
    public void Resume() => Launch(_directory, Port, _durable);

    /// <summary>True when this test run is the PostgreSQL pass of the suites.</summary>
    public static bool Selected => string.Equals(Environment.GetEnvironmentVariable("MONITORING_TEST_STORAGE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to a new, empty database.</summary>
    public static string NewDatabase() => Shared.Value.CreateDatabase();

    /// <summary>A connection string to a new, empty database on this server.</summary>
    public string CreateDatabase()
    {
        var name = $"monitoring_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        Run(Path.Combine(Bin, "createdb"), $"-h 127.0.0.1 -p {Port} -U postgres {name}", _directory);
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Pooling=true;Maximum Pool Size=20";
    }

    /// <summary>Backends connected to one database, as the server itself counts them (from its maintenance database).</summary>
    public int Backends(string database)
    {
        using var connection = Maintenance();
        using var command = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = @d", connection);
        command.Parameters.AddWithValue("d", database);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>Drops a finished test's database, ending whatever connections are still open to it.</summary>
    public void DropDatabase(string database)
    {
        using var connection = Maintenance();
        using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private Npgsql.NpgsqlConnection Maintenance()
    {
        var connection = new Npgsql.NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false");
        connection.Open();
        return connection;
    }

    /// <summary>A server of its own that syncs every commit to disk, as a production server would (the benchmark's).</summary>
    public static PostgresServer StartDurable() => Start(durable: true);

    private static PostgresServer Start() => Start(durable: false);

    private static PostgresServer Start(bool durable)
    {
        var directory = Directory.CreateTempSubdirectory("monitoring-pg-").FullName;
        var port = FreePort();
        if (Environment.UserName == "root") Run("chown", $"-R postgres:postgres {directory}", directory);
        Run(Path.Combine(Bin, "initdb"), $"-D {directory}/data -U postgres -A trust -E UTF8 --no-locale --no-sync", directory);
        Launch(directory, port, durable);
        return new PostgresServer(directory, port, durable);
    }

    /// <summary>Tests need no durability across a power cut: fsync off makes a throwaway server quick.</summary>
    private static void Launch(string directory, int port, bool durable) => Run(Path.Combine(Bin, "pg_ctl"),
        $"-D {directory}/data -w -l {directory}/log start -o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync={(durable ? "on" : "off")} -c max_connections=300\"",
        directory);

    public void Stop()
    {
        try
        {
            Run(Path.Combine(Bin, "pg_ctl"), $"-D {_directory}/data -m immediate stop", _directory);
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception)
        {
            // Best effort at exit: the folder is in /tmp.
        }
    }

    private static void Run(string file, string arguments, string workingDirectory)
    {
        var asPostgres = Environment.UserName == "root" && file.StartsWith(Bin, StringComparison.Ordinal);
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed: {stderr.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
