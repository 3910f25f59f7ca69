using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class JournalRefusalTests
{
    /// <summary>The refusal is a message of the protocol, so it reaches an asker on another node whole; there it is thrown as the
    /// exception the Server answers 503 for.</summary>
    [Fact]
    public async Task A_write_the_journal_refuses_reaches_the_asker_as_storage_unavailable()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartOnPostgreSqlAsync(folder.DatabasePath);
        const string caller = "081277775678";
        var id = CaseId.New(DateTimeOffset.UtcNow);
        host.Execute<int>($$"""
            CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse BEFORE INSERT ON journal FOR EACH ROW
              WHEN (NEW.persistence_id IN ('case-{{id.Value}}', 'caller-{{caller}}')) EXECUTE FUNCTION refuse();
            """);
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), caller);

        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            host.Registry.Get<CaseRegion>().AskFor<CaseReply>(new CaseRequest(id, report), ActorHost.Ask));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => host.Registry.Get<CallerRegion>().AskFor<InteractionFiled>(
            new FileInteraction(new CallerNumber(caller), new CallerEntry(report.Interaction, null, null)), ActorHost.Ask));
    }
}
