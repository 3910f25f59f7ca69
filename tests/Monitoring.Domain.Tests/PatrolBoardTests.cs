using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Patrols;

namespace Monitoring.Domain.Tests;

public sealed class PatrolBoardTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly UnitId Pamulang = new("polsek-pamulang");
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");
    private static readonly CaseId K1 = new("K-261128-0000000001");
    private static readonly CaseId K2 = new("K-261128-0000000002");

    private static PatrolBoard Step(PatrolBoard board, PatrolCommand command)
    {
        var d = PatrolDecider.Decide(board, command, T0);
        Assert.Null(d.Rejection);
        return d.Events.Aggregate(board, (b, e) => b.Apply(e));
    }

    private static Rejection Refused(PatrolBoard board, PatrolCommand command)
    {
        var d = PatrolDecider.Decide(board, command, T0);
        Assert.Empty(d.Events);
        return d.Rejection!;
    }

    private static PatrolBoard TwoPatrols() =>
        Step(Step(PatrolBoard.Empty(Pamulang), new AddPatrol(" R2-07 ", Sari)), new AddPatrol("Patroli Motor 1", Sari));

    [Fact]
    public void Officers_add_named_patrols_once_each_and_remove_only_a_free_one()
    {
        var board = TwoPatrols();
        Assert.Equal([new Patrol("R2-07", PatrolStatus.Available, null), new Patrol("Patroli Motor 1", PatrolStatus.Available, null)], board.Patrols);
        Assert.Equal((RejectionKind.Conflict, "name"), (Refused(board, new AddPatrol("r2-07", Sari)).Kind, Refused(board, new AddPatrol("r2-07", Sari)).Field));
        Assert.Equal("name", Refused(board, new AddPatrol(" ", Sari)).Field);
        Assert.Equal("name", Refused(board, new AddPatrol(new string('x', PatrolDecider.MaxNameLength + 1), Sari)).Field);
        Assert.Equal("name", Refused(board, new AddPatrol("R2\n07", Sari)).Field);
        Assert.Equal(RejectionKind.NotFound, Refused(board, new RemovePatrol("R9", Sari)).Kind);

        var busy = Step(board, new FollowCase("R2-07", K1, PatrolStatus.Dispatched));
        Assert.Equal(RejectionKind.Conflict, Refused(busy, new RemovePatrol("R2-07", Sari)).Kind);
        Assert.Equal(["R2-07"], Step(busy, new RemovePatrol("patroli motor 1", Sari)).Patrols.Select(p => p.Name));
    }

    [Fact]
    public void A_patrol_follows_its_case_until_it_ends_and_an_officer_may_free_it_early_for_good()
    {
        var board = Step(TwoPatrols(), new FollowCase("R2-07", K1, PatrolStatus.Dispatched));
        Assert.Equal(new Patrol("R2-07", PatrolStatus.Dispatched, K1), board.Find("R2-07"));
        board = Step(board, new FollowCase("R2-07", K1, PatrolStatus.OnScene));
        Assert.Equal(new Patrol("R2-07", PatrolStatus.OnScene, K1), board.Find("R2-07"));
        // Another case ending does not free it; its own does.
        Assert.Same(board, Step(board, new FollowCase("R2-07", K2, PatrolStatus.Available)));
        board = Step(board, new FollowCase("R2-07", K1, PatrolStatus.Available));
        Assert.Equal(new Patrol("R2-07", PatrolStatus.Available, null), board.Find("R2-07"));

        board = Step(Step(board, new FollowCase("R2-07", K2, PatrolStatus.Dispatched)), new ReleasePatrol("R2-07", Sari));
        Assert.Equal(PatrolStatus.Available, board.Find("R2-07")!.Status);
        // Its old case arriving later leaves it free.
        Assert.Same(board, Step(board, new FollowCase("R2-07", K2, PatrolStatus.OnScene)));
        // A patrol the board does not hold (free text from before the board) is no business of it.
        Assert.Same(board, Step(board, new FollowCase("Mobil 5", K2, PatrolStatus.Dispatched)));
    }

    [Fact]
    public void A_unit_with_patrols_dispatches_a_free_one_and_a_unit_without_any_names_its_patrol_freely()
    {
        Assert.Null(PatrolDecider.DispatchProblem(PatrolBoard.Empty(Pamulang), "Mobil 5"));
        var board = Step(TwoPatrols(), new FollowCase("R2-07", K1, PatrolStatus.Dispatched));
        Assert.Null(PatrolDecider.DispatchProblem(board, "patroli motor 1"));
        Assert.Equal((RejectionKind.Conflict, "patrol"), (PatrolDecider.DispatchProblem(board, "R2-07")!.Kind, PatrolDecider.DispatchProblem(board, "R2-07")!.Field));
        var unknown = PatrolDecider.DispatchProblem(board, "Mobil 5")!;
        Assert.Equal((RejectionKind.Invalid, "patrol"), (unknown.Kind, unknown.Field));
        Assert.Contains("Patroli Motor 1", unknown.Reason);
    }

    [Fact]
    public void A_case_tells_the_patrol_of_its_latest_dispatch_where_it_stands()
    {
        var routing = new Routing(Pamulang, JurisdictionTree.Default.Chain(Pamulang), false);
        var call = new Interaction(new InteractionId("i-1"), new CallerNumber("081234567890"), Channel.Voice, Kind.Report, Category.Fire,
            new Location(-6.33, 106.72, null), "Kebakaran", null, T0, T0, T0, null, null);
        var c = Case.From(new CaseOpened(K1, T0, call, Priority.P1, routing, T0.AddMinutes(1)))
            .Apply(new CaseAcknowledged(K1, T0, Pamulang, Sari, T0.AddMinutes(3)));
        Assert.Null(PatrolDuty.Of(c));
        c = c.Apply(new CaseDispatched(K1, T0, Pamulang, Sari, "R2-07", T0.AddMinutes(10)));
        Assert.Equal(new PatrolDuty(Pamulang, "R2-07", PatrolStatus.Dispatched), PatrolDuty.Of(c));
        c = c.Apply(new CaseArrived(K1, T0, Pamulang, Sari, T0.AddHours(4)));
        Assert.Equal(PatrolStatus.OnScene, PatrolDuty.Of(c)!.Status);
        c = c.Apply(new CaseResolved(K1, T0, Pamulang, Sari, "Api padam"));
        Assert.Equal(PatrolStatus.Available, PatrolDuty.Of(c)!.Status);
    }
}
