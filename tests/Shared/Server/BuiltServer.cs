using System.Net;
using System.Net.Sockets;

namespace Monitoring.Testing;

/// <summary>Where this build's server is, for tests that run it as an operator does: a process of its own.</summary>
public static class BuiltServer
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Monitoring.sln"))) dir = dir.Parent;
        return dir.FullName;
    }

    /// <summary>The server's own build output, of the configuration this test was built in, with its appsettings.json beside it.</summary>
    public static string Dll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot(), "src", "Monitoring.Server", "bin", configuration, "net10.0", "Monitoring.Server.dll");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
