using System.Net;
using System.Net.Sockets;
using Monitoring.Testing;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>
/// The SIP path of issue 17 on 127.0.0.1: Kamailio with deploy/kamailio/kamailio.cfg reporting to <c>events</c>, one call
/// taker's phone behind it (agent <see cref="AgentId"/>), and the public calling in, each a SIPp of its own. On a failed
/// test the processes' logs go to the test's output.
/// </summary>
internal sealed class SipPath : IAsyncDisposable
{
    public const string AgentId = "ext-201";
    private readonly KamailioProxy _proxy;
    private readonly int _phonePort;
    private readonly TempFolder _folder = new();
    private readonly List<LoggedProcess> _sipps = [];

    private SipPath(KamailioProxy proxy, int phonePort)
    {
        _proxy = proxy;
        _phonePort = phonePort;
    }

    public static async Task<SipPath> StartAsync(Uri events, string token)
    {
        var phonePort = KamailioProxy.FreeUdpPort();
        return new SipPath(await KamailioProxy.StartAsync(events, token, phonePort, AgentId), phonePort);
    }

    /// <summary>
    /// Starts one call: the phone (scenario <paramref name="phone"/>, ringing for <paramref name="ringing"/> before it
    /// answers) is listening before <paramref name="caller"/> dials in from <paramref name="number"/>, giving up after
    /// <paramref name="callerPause"/> where its scenario says so.
    /// </summary>
    public async Task<SipCall> CallAsync(string caller, string number, string phone, TimeSpan ringing, TimeSpan? callerPause = null)
    {
        var phoneSipp = Track(Sipp.Phone(phone, _phonePort, ringing, _folder.Path));
        await Eventually.Until(() => Task.FromResult(PortTaken(_phonePort) || phoneSipp.HasExited), up => up,
            TimeSpan.FromSeconds(10), "the phone's SIPp listening");
        var callerSipp = Track(Sipp.Call(caller, _proxy.Port, number, _folder.Path, callerPause));
        return new SipCall(callerSipp, phoneSipp);
    }

    private LoggedProcess Track(LoggedProcess sipp)
    {
        _sipps.Add(sipp);
        return sipp;
    }

    private static bool PortTaken(int port)
    {
        try
        {
            using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is not TestResult.Passed && TestContext.Current.TestOutputHelper is { } output)
        {
            output.WriteLine($"--- kamailio ---\n{_proxy.Log}");
            foreach (var sipp in _sipps) output.WriteLine($"--- {sipp.Name} ---\n{sipp.Output}");
            foreach (var errors in Directory.GetFiles(_folder.Path, "*_errors.log"))
                output.WriteLine($"--- {Path.GetFileName(errors)} ---\n{await File.ReadAllTextAsync(errors)}");
        }
        foreach (var sipp in _sipps) await sipp.DisposeAsync();
        await _proxy.DisposeAsync();
        _folder.Dispose();
    }
}
