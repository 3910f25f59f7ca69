using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;
using Monitoring.Server.Telephony;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Wall;

/// <summary>
/// The live feed at <c>/hubs/wall</c>. A client joins the whole tree (the wall), one Polda's wall, or one unit with every unit below
/// it (a console), gets the open cases it may see as a snapshot, then batches of changes as "cases". A client
/// that reconnects joins again and so gets a fresh snapshot. The hub takes a sign-in; the wall is for the roles that watch
/// it, within their grant (a wall scoped below the top joins its unit's feed), and a unit's feed for those whose grant holds
/// the unit.
/// The snapshot is the read model brought up to date by the changes this node's wall feed heard and the read model may
/// not show yet. The feed is asked after the client is in its group and before the read model is read: a change heard
/// after the question is pushed to the client, and one the feed has forgotten by then is in the read model.
/// Each feed has two groups, one with callers' numbers whole and one with them masked; a client joins the one its role
/// may read (<see cref="CallerNumberShown"/>), and its snapshot is shown the same way.
/// </summary>
public sealed class WallHub(CaseQueries readModel, JurisdictionTree tree, ActorRegistry actors) : Hub
{
    public const string Path = "/hubs/wall";
    public const string WallGroup = "wall";
    public const string ChangesMethod = "cases";

    public static string UnitGroup(UnitId unit) => "unit:" + unit.Value;

    /// <summary>The call taker at one agent id or extension: the calls that ring there pop on their screen.</summary>
    public static string AgentGroup(string agentId) => "agent:" + agentId;

    /// <summary>The feeds that see what happens along <paramref name="chain"/>: each unit's on it (an operator of the Polres
    /// joins the Polres's feed) and the whole-tree wall.</summary>
    public static IReadOnlyList<string> FeedsOf(IEnumerable<UnitId> chain) => [.. chain.Select(UnitGroup).Append(WallGroup)];

    /// <summary>The group of a feed whose clients may read callers' numbers whole, or its twin that gets them masked.</summary>
    public static string Group(string feed, bool fullCallerNumbers) => fullCallerNumbers ? feed : feed + ":masked";

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(ViewKey, out var view)) WallMetrics.ConnectedClients.WithLabels((string)view!).Dec();
        return base.OnDisconnectedAsync(exception);
    }

    private const string ViewKey = "view";

    /// <summary>A connection counts once, as the first view it joined.</summary>
    private void CountAs(string view)
    {
        if (Context.Items.TryAdd(ViewKey, view)) WallMetrics.ConnectedClients.WithLabels(view).Inc();
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinWall()
    {
        var scope = Allowed(Policies.WatchWall);
        if (scope.Nothing) throw new HubException("Your grant names no unit.");
        CountAs("wall");
        var within = scope.Unit is { } unit && unit != tree.Root.Id ? unit : (UnitId?)null;
        await JoinAsync(within is { } u ? UnitGroup(u) : WallGroup);
        return await SnapshotAsync(within);
    }

    /// <summary>One Polda's wall: its feed for a grant that holds the Polda, the grant's own unit's for one scoped below it
    /// (as <see cref="JoinWall"/> gives them); refused for a Polda outside the grant.</summary>
    public async Task<IReadOnlyList<CaseSummary>> JoinPoldaWall(string poldaId)
    {
        var scope = Allowed(Policies.WatchWall);
        var polda = new UnitId(poldaId);
        if (tree.Find(polda) is not { Level: UnitLevel.Polda }) throw new HubException($"There is no Polda {TextRules.ForLog(poldaId)}.");
        if (!scope.Meets(polda, tree)) throw new HubException($"Polda {TextRules.ForLog(poldaId)} lies outside your grant.");
        CountAs("wall");
        var within = scope.Holds(polda, tree) ? polda : scope.Unit!.Value;
        await JoinAsync(UnitGroup(within));
        return await SnapshotAsync(within);
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinUnit(string unitId)
    {
        var unit = new UnitId(unitId);
        // The message is logged: an unknown id is shown cleaned and cut, so a client cannot forge or flood log lines.
        if (!tree.Contains(unit)) throw new HubException($"There is no unit {TextRules.ForLog(unitId)}.");
        if (!Allowed(Policies.ReadCases).Holds(unit, tree)) throw new HubException($"Unit {TextRules.ForLog(unitId)} lies outside your grant.");
        CountAs("console");
        await JoinAsync(UnitGroup(unit));
        return await SnapshotAsync(unit);
    }

    /// <summary>
    /// A call taker's screen at one agent id (the extension of the phone on the desk, typed once on that desk): the calls that
    /// ring there are pushed as "call" the moment they ring. The answer is the call ringing there now, if any, so a page opened
    /// during the ring pops it too.
    /// </summary>
    public async Task<IReadOnlyList<CallView>> JoinAgent(string agentId)
    {
        if (!Policies.Admits(Policies.RecordInteractions, (Context.User ?? throw new HubException("Sign in first.")).Role()))
            throw new HubException("Your role may not do this.");
        if (!AgentIds.IsWellFormed(agentId)) throw new HubException($"'{TextRules.ForLog(agentId)}' is no agent id: {AgentIds.Rule}");
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(agentId));
        var live = await actors.Get<CallBoardKey>().Ask<LiveCalls>(new GetLiveCalls(), ActorAsk.Timeout);
        return live.Calls.Where(c => c.Call.AgentId == agentId).Select(c => CallView.Of(c, true, tree)).ToList();
    }

    /// <summary>The caller's grant, if their role is one the policy admits; a hub method cannot carry endpoint policies.</summary>
    private GrantScope Allowed(string policy)
    {
        var user = Context.User ?? throw new HubException("Sign in first.");
        if (!Policies.Admits(policy, user.Role())) throw new HubException("Your role may not do this.");
        return GrantScope.Of(user, tree);
    }

    private Task JoinAsync(string feed) => Groups.AddToGroupAsync(Context.ConnectionId, Group(feed, Context.User!.SeesCallerNumbers()));

    private async Task<IReadOnlyList<CaseSummary>> SnapshotAsync(UnitId? within)
    {
        var recent = await actors.Get<WallFeedKey>().Ask<RecentCasesReply>(new RecentCases(within), ActorAsk.Timeout);
        return CaseSummary.LatestOpen(await readModel.OpenCasesAsync(within), recent.Cases).ShownTo(Context.User!);
    }
}
