using Akka.Actor;
using Akka.Cluster.Sharding;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Intake;

/// <summary>
/// One idempotency key's memory for the window after its first use. Sharded by the key, so a retry that reaches
/// another node of the cluster meets the same memory; not persisted, since a retry comes within seconds and a key lost
/// with its node costs at worst the double the key exists to prevent, never a lost interaction. The entity stops at the
/// end of the window, which bounds the memory to the keys of the last few minutes (themselves bounded by the intake's
/// per-token limit) and each to one short answer.
/// </summary>
public sealed class IntakeKeyActor : ReceiveActor, IWithTimers
{
    private string? _bodyHash;
    private IntakeAnswer? _answer;
    private readonly Queue<IActorRef> _waiting = new();

    public IntakeKeyActor(TimeSpan window)
    {
        Receive<ClaimIntakeKey>(Claim);
        Receive<CompleteIntakeKey>(Complete);
        Receive<WindowEnded>(_ => Context.Parent.Tell(new Passivate(PoisonPill.Instance)));
        Timers.StartSingleTimer(nameof(WindowEnded), WindowEnded.Instance, window);
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private void Claim(ClaimIntakeKey claim)
    {
        if (_bodyHash is null)
        {
            _bodyHash = claim.BodyHash;
            Sender.Tell(new IntakeKeyReply(IntakeKeyVerdict.Proceed, null));
        }
        else if (_bodyHash != claim.BodyHash) Sender.Tell(new IntakeKeyReply(IntakeKeyVerdict.Mismatch, null));
        else if (_answer is not null) Sender.Tell(new IntakeKeyReply(IntakeKeyVerdict.Answered, _answer));
        else _waiting.Enqueue(Sender);
    }

    /// <summary>A failed first request hands the key to the next one waiting, so exactly one request is ever in flight.</summary>
    private void Complete(CompleteIntakeKey complete)
    {
        if (complete.Answer is null)
        {
            if (_waiting.TryDequeue(out var next)) next.Tell(new IntakeKeyReply(IntakeKeyVerdict.Proceed, null));
            else _bodyHash = null;
            return;
        }
        _answer = complete.Answer;
        while (_waiting.TryDequeue(out var waiting)) waiting.Tell(new IntakeKeyReply(IntakeKeyVerdict.Answered, _answer));
    }

    private sealed class WindowEnded
    {
        public static readonly WindowEnded Instance = new();
    }
}
