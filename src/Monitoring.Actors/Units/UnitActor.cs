using System.Collections.Immutable;
using Akka.Actor;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Units;

/// <summary>
/// One unit's live queue: the open cases assigned or escalated to it, as the cases last told it. Not persisted:
/// the cases are the truth and announce themselves again when they recover.
/// </summary>
public sealed class UnitActor : ReceiveActor
{
    private readonly Dictionary<CaseId, CaseSummary> _queue = [];

    public UnitActor(string entityId)
    {
        var unitId = new UnitId(entityId);
        Receive<TrackCase>(t => Track(t.Summary));
        Receive<UntrackCase>(u => _queue.Remove(u.CaseId));
        Receive<GetUnitQueue>(_ => Sender.Tell(Snapshot(unitId)));
    }

    /// <summary>Updates from one case arrive in order; the version check guards against a stale re-announcement.</summary>
    private void Track(CaseSummary summary)
    {
        if (_queue.TryGetValue(summary.CaseId, out var held) && held.Version > summary.Version) return;
        _queue[summary.CaseId] = summary;
    }

    private UnitQueue Snapshot(UnitId unitId)
    {
        var cases = _queue.Values.OrderBy(c => c.Deadline ?? DateTimeOffset.MaxValue).ThenBy(c => c.Priority).ToList();
        var counts = cases.GroupBy(c => c.State).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new UnitQueue(unitId, cases, counts);
    }
}
