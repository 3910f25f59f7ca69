using Akka.Actor;
using Akka.Persistence;

namespace Monitoring.Actors.Tests;

/// <summary>A bare persistent actor for journal tests: "add" persists one event, "count" answers the last sequence
/// number, "add-and-stop" persists and stops at once, leaving its write in flight.</summary>
public sealed class Tally : ReceivePersistentActor
{
    public Tally(string persistenceId)
    {
        PersistenceId = persistenceId;
        Recover<string>(_ => { });
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
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId) => Akka.Actor.Props.Create(typeof(Tally), persistenceId);
}
