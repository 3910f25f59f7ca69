using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Protocol;

/// <summary>A case changed: published on the "cases" topic to every node's wall feed. Change names the last event.
/// FormerChain is the chain a handover took the case from, so the consoles along it hear that it left them.</summary>
public sealed record CaseChanged(CaseSummary Case, string Change, IReadOnlyList<UnitId>? FormerChain = null)
{
    public const string Topic = "cases";
}

/// <summary>
/// The read model holds every event the journal wrote until <paramref name="Through"/> (UTC): published on the
/// "projection" topic by the projector, so that wall feeds forget the changes the read model now shows.
/// </summary>
public sealed record Projected(DateTime Through)
{
    public const string Topic = "projection";
}

/// <summary>Asks a node's wall feed for the latest summary of each case that changed and that the read model may not show
/// yet; <paramref name="Within"/> keeps those on one unit's chain, null all of them.</summary>
public sealed record RecentCases(UnitId? Within);

public sealed record RecentCasesReply(IReadOnlyList<CaseSummary> Cases);
