using System.Net.Http.Headers;

namespace Monitoring.Simulator;

/// <summary>
/// The bearer tokens the simulator's calls carry: the intake's (recording interactions: a call taker's or an
/// integration's) and the officers' (acting on cases: an operator's or an officer's). Null sends no header, as an
/// older center without sign-in expects.
/// </summary>
public sealed record CenterTokens(string? Intake, string? Act)
{
    public static CenterTokens None { get; } = new(null, null);

    /// <summary>The officers act with the intake's token when they have none of their own: one token may do both.</summary>
    public static CenterTokens From(string? intake, string? act) => new(intake, act ?? intake);

    public static AuthenticationHeaderValue? Header(string? token) => token is null ? null : new("Bearer", token);

    /// <summary>A record prints its values, and a token written to a log is a token handed out.</summary>
    public override string ToString() => $"CenterTokens {{ Intake = {Shown(Intake)}, Act = {Shown(Act)} }}";

    private static string Shown(string? token) => token is null ? "none" : "(hidden)";
}
