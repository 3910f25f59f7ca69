using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Monitoring.Actors.Cases;
using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Persistence.Journal;

/// <summary>
/// A case as its events in the journal tell it, without starting its actor. Open cases are remembered by sharding:
/// asking an actor about an id that was never a case (or one long closed) would start an entity and write its start
/// and stop to the sharding journal, so a read would write, and thousands of reads of made-up ids would fill it.
/// </summary>
public sealed class CaseReader(ActorSystem system)
{
    public const string QueryJournal = "akka.persistence.query.journal.sql";

    private readonly SqlReadJournal _journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>(QueryJournal);
    private readonly IMaterializer _materializer = system.Materializer();

    /// <summary>The case as of its last persisted event, or null when there never was one.</summary>
    public async Task<Case?> ReadAsync(CaseId id, CancellationToken cancel = default)
    {
        // A stream carries no nulls, so the case is built from the events once they are all read.
        var events = await _journal.CurrentEventsByPersistenceId(CaseActor.PersistenceIdOf(id), 0, long.MaxValue)
            .RunWith(Sink.Seq<EventEnvelope>(), _materializer).WaitAsync(cancel);
        return events.Select(e => (CaseEvent)e.Event).Aggregate((Case?)null, Case.Evolve);
    }
}
