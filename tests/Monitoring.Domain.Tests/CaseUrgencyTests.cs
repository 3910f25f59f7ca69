using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

public sealed class CaseUrgencyTests
{
    /// <summary>Every case here opens at Pamulang, whose chain climbs to Mabes in three steps.</summary>
    private static readonly UnitId Pamulang = new("polsek-pamulang");
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default;
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static Case Open(string id, Priority priority, DateTimeOffset at)
    {
        var report = new Interaction(new InteractionId("i-" + id), new CallerNumber("081234567890"), Channel.Voice, Kind.Report, Category.Fire,
            new Location(-6.33, 106.72, null), "Kebakaran", null, at, at, at, null, null);
        var d = CaseDecider.Decide(null, new CaseId(id), new OpenCase(report, priority, new Routing(Pamulang, Tree.Chain(Pamulang), false)), at,
            SlaPolicy.Default, Tree);
        return Case.From((CaseOpened)Assert.Single(d.Events));
    }

    /// <summary>Every deadline the case misses, one after the other, until it stands at Mabes.</summary>
    private static Case EscalatedToTheTop(Case c)
    {
        while (c.Level < 3)
        {
            var d = CaseDecider.Decide(c, c.Id, CheckDeadline.Instance, c.Deadline!.Value, SlaPolicy.Default, Tree);
            c = d.Events.Aggregate(c, (s, e) => s.Apply(e));
        }
        return c;
    }

    [Fact]
    public void The_longest_escalated_case_ranks_first_though_its_latest_deadline_is_the_furthest()
    {
        var forgotten = EscalatedToTheTop(Open("K-forgotten", Priority.P1, T0));
        var fresh = Open("K-fresh-p1", Priority.P1, forgotten.Deadline!.Value.AddMinutes(-2));
        var routine = Open("K-routine", Priority.P3, T0.AddMinutes(-20));
        var urgent = Open("K-urgent", Priority.P2, T0.AddMinutes(-20));
        var summaries = new[] { fresh, routine, urgent, forgotten }.Select(c => CaseSummary.Of(c, 1)).ToList();

        // The escalation reset the deadline of the moment: ranked by it, the forgotten case would come last but one.
        Assert.True(forgotten.Deadline > fresh.Deadline);
        Assert.Equal(forgotten.OpenedAt + SlaPolicy.Default.P1.Acknowledge, forgotten.FirstDeadline);
        Assert.Equal(["K-forgotten", "K-urgent", "K-fresh-p1", "K-routine"], summaries.Order(CaseUrgency.Instance).Select(c => c.CaseId.Value));
    }

    [Fact]
    public void Between_cases_equally_overdue_the_higher_priority_ranks_first()
    {
        var p2 = CaseSummary.Of(Open("K-a", Priority.P2, T0), 1);
        var p1 = p2 with { CaseId = new CaseId("K-b"), Priority = Priority.P1 };
        var higher = p2 with { CaseId = new CaseId("K-c"), EscalationLevel = 1 };

        Assert.Equal(["K-c", "K-b", "K-a"], new[] { p2, p1, higher }.Order(CaseUrgency.Instance).Select(c => c.CaseId.Value));
        Assert.Equal(0, CaseUrgency.Instance.Compare(p2, p2 with { }));
    }

    [Fact]
    public void A_case_nobody_acknowledged_ranks_before_an_older_one_a_unit_has_taken_up()
    {
        var older = Open("K-older", Priority.P1, T0);
        var taken = older.Apply(Assert.Single(CaseDecider.Decide(older, older.Id, new Acknowledge(Pamulang, new Person("u-sari", "Sari", null, "officer")), T0.AddMinutes(1), SlaPolicy.Default, Tree).Events));
        var waiting = Open("K-waiting", Priority.P2, T0.AddMinutes(30));

        Assert.Equal(["K-waiting", "K-older"], new[] { CaseSummary.Of(taken, 2), CaseSummary.Of(waiting, 1) }.Order(CaseUrgency.Instance).Select(c => c.CaseId.Value));
    }
}
