using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class InteractionFilingTests
{
    [Fact]
    public async Task A_case_whose_interaction_the_callers_history_failed_to_store_sends_it_again_until_it_is_filed()
    {
        using var folder = new TempFolder();
        // A trigger refuses a journal write (PostgreSQL, whichever pass: a sequence counts refusals outside the transactions).
        await using var host = await ActorHost.StartOnPostgreSqlAsync(folder.DatabasePath);
        const string caller = "081277771234";
        // Two refusals: the batch, then the write on its own; so the caller's write fails as a database hiccup fails it.
        host.Execute<int>($$"""
            CREATE SEQUENCE refusals;
            CREATE FUNCTION refuse_twice() RETURNS trigger AS $$
              BEGIN IF nextval('refusals') <= 2 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_twice BEFORE INSERT ON journal FOR EACH ROW WHEN (NEW.persistence_id = 'caller-{{caller}}')
              EXECUTE FUNCTION refuse_twice();
            """);

        var id = CaseId.New(DateTimeOffset.UtcNow);
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), caller);
        var cases = host.Registry.Get<CaseRegion>();
        Assert.Null((await cases.Ask<CaseReply>(new CaseRequest(id, report), ActorHost.Ask)).Rejection);

        await Eventually.Until(() => cases.Ask<CaseReply>(new GetCase(id), ActorHost.Ask), r => r.Case!.InteractionFiled,
            within: TimeSpan.FromSeconds(30), what: "the case told its interaction is filed");
        var history = await Eventually.Until(() => host.Callers.CallerHistoryAsync(new CallerNumber(caller), 1, 50), h => h.Entries.Count > 0,
            what: "the interaction in the caller's history");
        Assert.Equal(id, Assert.Single(history.Entries).CaseId);
        // Refused twice, then stored when sent again.
        Assert.Equal(3L, host.Execute<long>("SELECT last_value FROM refusals"));
    }
}
