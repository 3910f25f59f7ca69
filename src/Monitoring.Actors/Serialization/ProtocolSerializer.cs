using System.Collections.Frozen;
using Akka.Actor;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Serialization;

/// <summary>
/// Every message of the protocol, the messages that cross nodes: to a case, unit or caller whose shard lives on another
/// node, the replies to an ask from another node, the publications every node's wall feed hears. JSON under short
/// manifests (<see cref="ManifestSerializer"/>) rather than a binary format: the domain's records already have one JSON
/// form with stable names, shared with the journal, so a new field is one change in one place and an older node skips
/// a field it does not know during a rolling upgrade; a binary schema would be a second description of every record to
/// keep in step. The journal, not the wire, is the cost that counts on this hardware (shared/STACK.md).
/// </summary>
public sealed class ProtocolSerializer(ExtendedActorSystem system) : ManifestSerializer(system, "protocol", Manifests)
{
    /// <summary>Next to the journal's 1100; Akka keeps 0 to 40 for its own.</summary>
    public const int SerializerId = 1101;

    /// <summary>The manifest of each message; a message type of the protocol missing here cannot cross nodes.</summary>
    public static readonly FrozenDictionary<Type, string> Manifests = new Dictionary<Type, string>
    {
        [typeof(CaseRequest)] = "case.request",
        [typeof(GetCase)] = "case.get",
        [typeof(AnnounceCase)] = "case.announce",
        [typeof(CaseReply)] = "case.reply",
        [typeof(TrackCase)] = "unit.track",
        [typeof(UntrackCase)] = "unit.untrack",
        [typeof(GetUnitQueue)] = "unit.get",
        [typeof(UnitQueue)] = "unit.queue",
        [typeof(FileInteraction)] = "caller.file",
        [typeof(InteractionFiled)] = "caller.filed",
        [typeof(GetReputation)] = "caller.rep-get",
        [typeof(CallerReputation)] = "caller.rep",
        [typeof(SanctionCaller)] = "caller.sanction",
        [typeof(CaseChanged)] = "wall.changed",
        [typeof(Projected)] = "wall.projected",
        [typeof(RecentCases)] = "wall.recent",
        [typeof(RecentCasesReply)] = "wall.recent-reply",
        [typeof(StorageUnavailable)] = "storage.unavailable",
        [typeof(ClaimIntakeKey)] = "intake-key.claim",
        [typeof(CompleteIntakeKey)] = "intake-key.complete",
        [typeof(IntakeKeyReply)] = "intake-key.reply",
        [typeof(IntakeAnswer)] = "intake-key.answer",
        [typeof(ChangePatrols)] = "unit.patrols-change",
        [typeof(GetPatrols)] = "unit.patrols-get",
        [typeof(PatrolsReply)] = "unit.patrols",
        [typeof(SurgeChanged)] = "alert.surge",
        [typeof(GetActiveAlerts)] = "alert.get",
        [typeof(ActiveAlerts)] = "alert.active",
        [typeof(ReportCallStep)] = "call.step",
        [typeof(GetCall)] = "call.get",
        [typeof(AttachCallForm)] = "call.attach",
        [typeof(CallFormRecorded)] = "call.recorded",
        [typeof(CallReply)] = "call.reply",
        [typeof(CallFormReply)] = "call.attach-reply",
        [typeof(CallSnapshot)] = "call.snapshot",
        [typeof(AttachLocation)] = "call.locate",
        [typeof(ReleaseCallForm)] = "call.release",
        [typeof(CallChanged)] = "call.changed",
        [typeof(GetLiveCalls)] = "calls.get",
        [typeof(LiveCalls)] = "calls.live",
        [typeof(FindLatestCall)] = "calls.find",
        [typeof(LatestCall)] = "calls.latest",
    }.ToFrozenDictionary();

    public override int Identifier => SerializerId;
}
