using Microsoft.AspNetCore.Authorization;

namespace Monitoring.Server.Auth;

/// <summary>
/// Who may call what, by role: the one table every endpoint and hub method names its policy from. Where a role is
/// scoped to a unit, the handler narrows what it reads or does to that unit's subtree (<see cref="GrantScope"/>).
/// </summary>
public static class Policies
{
    /// <summary>Any person or token whose role is known; an unknown or missing role gets nothing.</summary>
    public const string SignedIn = "signed-in";

    public const string RecordInteractions = "record-interactions";
    public const string ReadCallers = "read-callers";

    /// <summary>Flag, screen or clear a number by hand: the operations room's judgement, not the call taker's on the line.</summary>
    public const string SanctionCallers = "sanction-callers";
    public const string ReadCases = "read-cases";
    public const string ActOnCases = "act-on-cases";
    public const string WatchWall = "watch-wall";
    public const string LinkCases = "link-cases";

    /// <summary>The calls ringing and being talked now: the room watching the queue, and the call takers who take them.</summary>
    public const string WatchCalls = "watch-calls";
    public const string Reports = "reports";
    public const string Metrics = "metrics";
    public const string Admin = "admin";

    /// <summary>The telephony reporting its calls and the handsets' positions: a machine's token, never a person.</summary>
    public const string TelephonyEvents = "telephony-events";

    /// <summary>
    /// Who reads a caller's number whole; everyone else who reads a case gets it masked. The minimum each role needs: a call
    /// taker and the operations room call back and read the caller's history; an officer acting on a case must reach the
    /// caller at the scene. The wall is a screen in a room anyone passing sees, and a manager's reports are about response
    /// times, not people, so both see enough to tell two callers apart and no more.
    /// </summary>
    public const string FullCallerNumbers = "full-caller-numbers";

    private static readonly Dictionary<string, string[]> Grants = new()
    {
        [SignedIn] = [.. Roles.All],
        [RecordInteractions] = [Roles.CallTaker, Roles.Operator, Roles.Integration],
        [ReadCallers] = [Roles.CallTaker, Roles.Operator],
        [SanctionCallers] = [Roles.Operator],
        [ReadCases] = [Roles.Operator, Roles.Officer, Roles.Manager, Roles.Wall],
        [ActOnCases] = [Roles.Operator, Roles.Officer],
        [WatchWall] = [Roles.Operator, Roles.Manager, Roles.Wall],
        [LinkCases] = [Roles.Operator],
        [WatchCalls] = [Roles.CallTaker, Roles.Operator, Roles.Manager, Roles.Wall],
        [Reports] = [Roles.Manager],
        [Metrics] = [Roles.Manager, Roles.Integration],
        [Admin] = [Roles.Admin],
        [TelephonyEvents] = [Roles.Integration],
        [FullCallerNumbers] = [Roles.CallTaker, Roles.Operator, Roles.Officer],
    };

    /// <summary>The roles a policy admits, for the hub's methods, which cannot carry endpoint metadata.</summary>
    public static bool Admits(string policy, string? role) => role is not null && Grants[policy].Contains(role, StringComparer.Ordinal);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Grants) options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        // An endpoint that names no policy still takes a known role: nothing is open by default. The default policy (a bare
        // RequireAuthorization) stays "signed in at all", for the account's own endpoints that a person who must first
        // change the password or enrol a second factor, and so holds no role yet, may use.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
