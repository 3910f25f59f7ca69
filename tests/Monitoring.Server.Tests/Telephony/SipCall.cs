namespace Monitoring.Server.Tests.Telephony;

/// <summary>One call through the proxy: the caller's SIPp and the call taker's phone, both playing their scenario.</summary>
internal sealed class SipCall(LoggedProcess caller, LoggedProcess phone)
{
    public LoggedProcess Caller => caller;

    public LoggedProcess Phone => phone;

    /// <summary>Both sides played their scenario to the end: every message they expected came.</summary>
    public async Task CompletedAsync(TimeSpan within)
    {
        var callerExit = await caller.ExitAsync(within);
        var phoneExit = await phone.ExitAsync(within);
        Assert.True(callerExit == 0 && phoneExit == 0,
            $"the caller's SIPp ended with {callerExit}, the phone's with {phoneExit}:\n{caller.Output}\n{phone.Output}");
    }
}
