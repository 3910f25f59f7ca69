using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Retention;

namespace Monitoring.Domain.Tests;

/// <summary>What the retention purge keeps of a case: everything the figures need, nothing of the caller.</summary>
public sealed class RedactionTests
{
    private static readonly DateTimeOffset Rang = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly UnitId Polsek = new("polsek-setu");

    private static readonly Interaction Call = new(InteractionId.New(), new CallerNumber("+62817000001"), Channel.Voice, Kind.Report,
        Category.Fire, new Location(-6.34348, 106.66769, "Jl. Raya Setu"), "Rumah terbakar", "agent-7", Rang, Rang.AddSeconds(5),
        Rang.AddSeconds(70), 65, "https://recordings.example/1", "0817000001");

    private static readonly CaseOpened Opened = new(new CaseId("C-1"), Rang.AddSeconds(70), Call, Priority.P1,
        new Routing(Polsek, [Polsek], false), Rang.AddMinutes(2));

    [Fact]
    public void An_interaction_keeps_its_kind_channel_and_times_and_loses_the_caller_the_words_and_the_exact_place()
    {
        var redacted = Redaction.Redact(Call);
        Assert.Equal((Redaction.NoCaller, (string?)null, "", (string?)null, (string?)null), (redacted.Caller, redacted.CallerNumberAsTyped,
            redacted.Summary, redacted.AgentId, redacted.RecordingUri));
        Assert.Equal(new Location(-6.34, 106.67, null), redacted.Location);
        Assert.Equal((Call.Id, Call.Kind, Call.Category, Call.Channel, Call.ReceivedAt, Call.AnsweredAt, Call.DurationSeconds),
            (redacted.Id, redacted.Kind, redacted.Category, redacted.Channel, redacted.ReceivedAt, redacted.AnsweredAt, redacted.DurationSeconds));
        Assert.True(Redaction.IsRedacted(redacted));
    }

    [Fact]
    public void Case_events_lose_the_free_text_keep_who_acted_and_redacting_twice_changes_nothing()
    {
        var officer = Person.Named("Bripka Sari");
        var resolved = new CaseResolved(Opened.CaseId, Rang.AddHours(1), Polsek, officer, "Pak Budi selamat");
        var cancelled = new CaseCancelled(Opened.CaseId, Rang.AddHours(1), Polsek, officer, CancelReason.Prank, "Ani mengaku iseng");
        var acknowledged = new CaseAcknowledged(Opened.CaseId, Rang.AddMinutes(1), Polsek, officer, Rang.AddMinutes(10));

        Assert.Equal("", ((CaseResolved)Redaction.Redact(resolved)).Outcome);
        Assert.Equal((officer, ""), (((CaseCancelled)Redaction.Redact(cancelled)).Officer, ((CaseCancelled)Redaction.Redact(cancelled)).Note));
        Assert.Same(acknowledged, Redaction.Redact(acknowledged));
        foreach (var e in new CaseEvent[] { Opened, resolved, cancelled })
        {
            var once = Redaction.Redact(e);
            Assert.NotEqual(e, once);
            Assert.Equal(once, Redaction.Redact(once));
        }
        // The case still folds from its redacted opening: same priority, unit and times.
        var c = Case.Evolve(null, Redaction.Redact(Opened));
        Assert.Equal((Priority.P1, Polsek, Opened.At), (c.Priority, c.AssignedUnit, c.OpenedAt));
    }

    [Fact]
    public void Every_call_linked_or_merged_into_a_case_loses_the_callers_data_as_the_opening_one_does()
    {
        var second = Call with { Id = InteractionId.New(), Caller = new CallerNumber("+62817000002") };
        var officer = Person.Named("Iptu Dewi");
        var linked = new CaseLinked(Opened.CaseId, Rang.AddMinutes(3), second, Priority.P1, 2, false, null);
        var joined = new CaseJoined(Opened.CaseId, Rang.AddMinutes(5), Polsek, officer, new CaseId("C-2"), [Call, second], Priority.P1, 2, null);
        var merged = new CaseMerged(new CaseId("C-2"), Rang.AddMinutes(5), Polsek, officer, Opened.CaseId, "Pak Budi menelepon dua kali");

        var once = (CaseLinked)Redaction.Redact(linked);
        Assert.True(Redaction.IsRedacted(once.Interaction));
        Assert.Equal(once, Redaction.Redact(once));
        Assert.All(((CaseJoined)Redaction.Redact(joined)).Calls, c => Assert.True(Redaction.IsRedacted(c)));
        Assert.Equal("", ((CaseMerged)Redaction.Redact(merged)).Reason);
    }
}
