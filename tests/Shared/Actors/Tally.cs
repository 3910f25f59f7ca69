using Akka.Actor;
using Akka.Persistence;

namespace Monitoring.Testing;

/// <summary>A bare persistent actor for journal tests: "add" persists one event, "count" answers the last sequence
/// number, "add-and-stop" persists and stops at once, leaving its write in flight; any other message is persisted as it
/// is and answered with its sequence number (an event no real actor would persist, past every rule that would refuse it).</summary>
public sealed class Tally : ReceivePersistentActor
{
    public Tally(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<object>(_ => { });
        Command<string>(command =>
        {
            var replyTo = Sender;
            switch (command)
            {
                case "add":
                    Persist("added", _ => replyTo.Tell(LastSequenceNr));
                    break;
                case "add-and-stop":
                    Persist("added", _ => { });
                    Context.Stop(Self);
                    break;
                default:
                    replyTo.Tell(LastSequenceNr);
                    break;
            }
        });
        Command<object>(e =>
        {
            var replyTo = Sender;
            Persist(e, _ => replyTo.Tell(LastSequenceNr));
        });
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(typeof(Tally), persistenceId);
}
