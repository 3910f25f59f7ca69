using System.Net;
using System.Net.Sockets;
using System.Text;
using Monitoring.Testing;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>
/// Debian's Kamailio (installed by test.sh when missing) running deploy/kamailio/kamailio.cfg as an operator would, on
/// 127.0.0.1 at a free port, with one call taker's phone in its list and the center's address and token of the test.
/// </summary>
internal sealed class KamailioProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/kamailio";
    private readonly LoggedProcess _process;
    private readonly TempFolder _folder;

    private KamailioProxy(LoggedProcess process, TempFolder folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Log => _process.Output;

    /// <param name="events">The center's events endpoint (or a stand-in).</param>
    /// <param name="callTakerPort">Where the call taker's phone (SIPp) listens on 127.0.0.1.</param>
    /// <param name="agentId">The call taker's agent id, as the phone's line in the list names it.</param>
    public static async Task<KamailioProxy> StartAsync(Uri events, string token, int callTakerPort, string agentId)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: ./test.sh installs Debian's kamailio.");
        var folder = new TempFolder();
        var list = Path.Combine(folder.Path, "calltakers.list");
        await File.WriteAllTextAsync(list, $"1 sip:127.0.0.1:{callTakerPort} 0 0 agent={agentId}\n");
        var port = FreeUdpPort();
        var config = Path.Combine(BuiltServer.RepositoryRoot(), "deploy", "kamailio", "kamailio.cfg");
        var process = LoggedProcess.Start("kamailio", Binary,
            ["-DD", "-E", "-m", "32", "-M", "8", "-f", config, "-Y", folder.Path,
             "-A", $"LISTEN=udp:127.0.0.1:{port}", "-A", $"CALLTAKERS=\"{list}\"", "-A", $"CENTER_URL=\"{events}\""],
            folder.Path, new Dictionary<string, string> { ["MONITORING_TOKEN"] = token });
        var proxy = new KamailioProxy(process, folder, port);
        try
        {
            await Eventually.Until(proxy.AnswersOptionsAsync, answered => answered, TimeSpan.FromSeconds(15), "Kamailio answering OPTIONS");
        }
        catch
        {
            TestContext.Current.TestOutputHelper?.WriteLine(proxy.Log);
            await proxy.DisposeAsync();
            throw;
        }
        return proxy;
    }

    /// <summary>The config answers an OPTIONS to itself with 200: the proxy is listening and its script runs.</summary>
    private async Task<bool> AnswersOptionsAsync()
    {
        if (_process.HasExited) throw new InvalidOperationException($"Kamailio exited with {_process.ExitCode}:\n{Log}");
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = (IPEndPoint)udp.Client.LocalEndPoint!;
        var options = $"OPTIONS sip:127.0.0.1:{Port} SIP/2.0\r\n" +
                      $"Via: SIP/2.0/UDP 127.0.0.1:{local.Port};branch=z9hG4bK-ready-{Guid.NewGuid():N}\r\n" +
                      $"From: <sip:ready@127.0.0.1>;tag=ready\r\nTo: <sip:127.0.0.1:{Port}>\r\n" +
                      $"Call-ID: ready-{Guid.NewGuid():N}@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        await udp.SendAsync(Encoding.ASCII.GetBytes(options), new IPEndPoint(IPAddress.Loopback, Port));
        using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        try
        {
            var reply = await udp.ReceiveAsync(wait.Token);
            return Encoding.ASCII.GetString(reply.Buffer).StartsWith("SIP/2.0 200", StringComparison.Ordinal);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static int FreeUdpPort()
    {
        using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _folder.Dispose();
    }
}
