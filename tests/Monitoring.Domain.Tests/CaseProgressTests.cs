using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

/// <summary>The case and its read-model row both fold through CaseProgress, so a wrong entry here is wrong in both.</summary>
public sealed class CaseProgressTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly CaseId Id = new("K-261128-0000000002");
    private static readonly UnitId Gambir = new("polsek-gambir");
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");
    private static readonly IReadOnlyList<UnitId> Chain = JurisdictionTree.Default.Chain(Gambir);

    private static CaseOpened Opened() => new(Id, T0,
        new Interaction(new InteractionId("i-9"), new CallerNumber("081298765432"), Channel.Voice, Kind.Report, Category.Crime,
            new Location(-6.17, 106.82, null), "Pencurian", null, T0, T0, T0, null, null),
        Priority.P2, new Routing(Gambir, Chain, false), T0.AddMinutes(2));

    private static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);

    [Fact]
    public void Each_event_moves_the_progress_as_the_table_says()
    {
        var top = Chain.Count - 1;
        var steps = new (CaseEvent Event, CaseProgress Expected)[]
        {
            (new CaseEscalated(Id, At(3), Milestone.Acknowledge, Gambir, Chain[1], 1, 1, At(5)),
                new(CaseState.Open, 1, 1, Chain[1], At(5), At(3), Priority.P2)),
            (new CaseAcknowledged(Id, At(4), Chain[1], Sari, At(10)),
                new(CaseState.Acknowledged, 1, 1, Chain[1], At(10), At(4), Priority.P2)),
            (new CaseInteractionFiled(Id, At(5)),
                new(CaseState.Acknowledged, 1, 1, Chain[1], At(10), At(4), Priority.P2)),
            (new CaseEscalated(Id, At(11), Milestone.Dispatch, Chain[1], Chain[top], top, 2, At(20)),
                new(CaseState.Acknowledged, top, 2, Chain[top], At(20), At(11), Priority.P2)),
            (new CaseEscalated(Id, At(21), Milestone.Dispatch, Chain[top], Chain[top], top, 3, At(30)),
                new(CaseState.Acknowledged, top, 3, Chain[top], At(30), At(21), Priority.P2)),
            (new CaseDispatched(Id, At(22), Gambir, Sari, "Patroli 3", At(40)),
                new(CaseState.Dispatched, top, 3, Chain[top], At(40), At(22), Priority.P2)),
            (new CaseArrived(Id, At(35), Gambir, Sari, At(95)),
                new(CaseState.OnScene, top, 3, Chain[top], At(95), At(35), Priority.P2)),
            (new CaseResolved(Id, At(60), Gambir, Sari, "Pelaku diamankan"),
                new(CaseState.Resolved, top, 3, Chain[top], null, At(60), Priority.P2)),
        };

        var progress = CaseProgress.Opened(Opened());
        Assert.Equal(new CaseProgress(CaseState.Open, 0, 0, Gambir, At(2), T0, Priority.P2), progress);
        Assert.Equal(Milestone.Acknowledge, progress.Awaiting);
        foreach (var (e, expected) in steps)
        {
            progress = progress.After(e);
            Assert.Equal(expected, progress);
        }
        Assert.True(progress.IsFinal);
        Assert.Null(progress.Awaiting);
    }

    [Fact]
    public void A_cancellation_ends_the_case_without_a_deadline()
    {
        var progress = CaseProgress.Opened(Opened()).After(new CaseCancelled(Id, At(1), Gambir, Sari, CancelReason.Prank, "Penelepon mengaku iseng"));

        Assert.Equal(new CaseProgress(CaseState.Cancelled, 0, 0, Gambir, null, At(1), Priority.P2), progress);
        Assert.True(progress.IsFinal);
    }

    [Fact]
    public void A_case_opens_once()
    {
        var progress = CaseProgress.Opened(Opened());

        Assert.Throws<InvalidOperationException>(() => progress.After(Opened()));
    }

    [Fact]
    public void The_case_shows_its_progress()
    {
        var c = Case.Evolve(Case.From(Opened()), new CaseEscalated(Id, At(3), Milestone.Acknowledge, Gambir, Chain[1], 1, 1, At(5)));

        Assert.Equal((CaseState.Open, 1, 1, Chain[1], (DateTimeOffset?)At(5), At(3)), (c.State, c.Level, c.Alarms, c.ResponsibleUnit, c.Deadline, c.UpdatedAt));
        Assert.Equal([Gambir, Chain[1]], c.ResponsibleUnits);
    }
}
