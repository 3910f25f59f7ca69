using Monitoring.Testing;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>
/// SIPp (Debian's sip-tester, installed by test.sh when missing) playing one call of a scenario of sipp/ on 127.0.0.1:
/// the public calling in, or a call taker's phone. <c>-d</c> is the scenario's pause: how long the phone rings before it
/// is answered, or the caller waits before it gives up.
/// </summary>
internal static class Sipp
{
    public const string Binary = "/usr/bin/sipp";

    /// <summary>A call taker's phone at <paramref name="port"/>, waiting for one call.</summary>
    public static LoggedProcess Phone(string scenario, int port, TimeSpan ringing, string folder) =>
        Start($"sipp {scenario}", scenario, ["-p", $"{port}", "-d", $"{(int)ringing.TotalMilliseconds}"], folder);

    /// <summary>The public calling 110 from <paramref name="caller"/> through the proxy at <paramref name="proxyPort"/>.</summary>
    public static LoggedProcess Call(string scenario, int proxyPort, string caller, string folder, TimeSpan? pause = null) =>
        Start($"sipp {scenario}", scenario,
            [$"127.0.0.1:{proxyPort}", "-p", $"{KamailioProxy.FreeUdpPort()}", "-s", "110", "-key", "caller", caller,
             .. pause is { } wait ? ["-d", $"{(int)wait.TotalMilliseconds}"] : Array.Empty<string>()], folder);

    private static LoggedProcess Start(string name, string scenario, IEnumerable<string> arguments, string folder)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: ./test.sh installs Debian's sip-tester.");
        var file = Path.Combine(BuiltServer.RepositoryRoot(), "tests", "Monitoring.Server.Tests", "Telephony", "sipp", scenario);
        // One call, no keyboard, its own media port; errors are written to the folder and read back into the test's log.
        return LoggedProcess.Start(name, Binary,
            ["-sf", file, "-i", "127.0.0.1", "-mp", $"{KamailioProxy.FreeUdpPort()}", "-m", "1", "-nostdin", "-trace_err", .. arguments],
            folder);
    }
}
