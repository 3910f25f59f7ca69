using Akka;
using Akka.Actor;
using Akka.Persistence;

namespace Monitoring.Benchmarks;

/// <summary>The smallest persistent actor: persists what it is sent, one event per message, and says done.</summary>
public sealed class Ledger : ReceivePersistentActor
{
    public Ledger(string id)
    {
        PersistenceId = "ledger-" + id;
        Recover<byte[]>(_ => { });
        Command<byte[]>(payload =>
        {
            var replyTo = Sender;
            Persist(payload, _ => replyTo.Tell(Done.Instance));
        });
    }

    public override string PersistenceId { get; }
}
