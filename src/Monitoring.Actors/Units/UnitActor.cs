using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Units;

/// <summary>
/// One unit's live queue: the open cases assigned or escalated to it, as the cases last told it. Not persisted:
/// the cases are the truth. They announce themselves again when they recover; and a unit that starts again while its
/// cases live on (its node died) finds them in the read model and asks each to announce itself.
/// </summary>
public sealed class UnitActor : ReceiveActor
{
    private readonly Dictionary<CaseId, CaseSummary> _queue = [];
    private readonly UnitId _unitId;
    private readonly ICaseReadModel _readModel;

    public UnitActor(string entityId, ICaseReadModel readModel, IActorRef cases)
    {
        _unitId = new UnitId(entityId);
        _readModel = readModel;
        Receive<TrackCase>(t => Track(t.Summary));
        Receive<UntrackCase>(u => _queue.Remove(u.CaseId));
        Receive<GetUnitQueue>(_ => Sender.Tell(Snapshot()));
        Receive<OpenCases>(open =>
        {
            foreach (var summary in open.Cases.Where(c => c.IsResponsible(_unitId) && !_queue.ContainsKey(c.CaseId)))
                cases.Tell(new AnnounceCase(summary.CaseId));
        });
        Receive<Status.Failure>(f =>
            Context.GetLogger().Warning(f.Cause, "Unit {0} could not read its open cases; its queue fills as they change", _unitId));
    }

    protected override void PreStart() =>
        _readModel.OpenCasesForAsync(_unitId).PipeTo(Self, success: cases => new OpenCases(cases));

    /// <summary>Updates from one case arrive in order; the version check guards against a stale re-announcement.</summary>
    private void Track(CaseSummary summary)
    {
        if (_queue.TryGetValue(summary.CaseId, out var held) && held.Version > summary.Version) return;
        _queue[summary.CaseId] = summary;
    }

    private UnitQueue Snapshot()
    {
        var cases = _queue.Values.OrderBy(c => c.Deadline ?? DateTimeOffset.MaxValue).ThenBy(c => c.Priority).ToList();
        var counts = cases.GroupBy(c => c.State).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new UnitQueue(_unitId, cases, counts);
    }

    private sealed record OpenCases(IReadOnlyList<CaseSummary> Cases);
}
