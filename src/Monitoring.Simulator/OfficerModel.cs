namespace Monitoring.Simulator;

/// <summary>
/// How a unit handles a case: most acknowledge within a minute, a share late (past the acknowledge deadline, so the
/// case escalates first), some never (it climbs to Mabes and keeps alarming); those that act go on to dispatch,
/// arrive and resolve after plausible delays, or have the Polres cancel a prank that slipped through (an urgent case
/// is cancelled only from the Polres up, and the model does not look at priorities).
/// </summary>
public sealed class OfficerModel(Random random, double lateShare, double neverShare, double speed)
{
    public sealed record Step(TimeSpan After, string Action, object Body);

    private readonly Lock _draws = new();

    /// <summary>The steps a unit takes on a case, each after the previous one; empty when it never acts. The chain is the
    /// case's, from the unit up. Safe from any thread.</summary>
    public IReadOnlyList<Step> Plan(IReadOnlyList<string> chain)
    {
        lock (_draws) return Draw(chain);
    }

    private List<Step> Draw(IReadOnlyList<string> chain)
    {
        var roll = random.NextDouble();
        if (roll < neverShare) return [];
        var acknowledge = roll < neverShare + lateShare ? Seconds(70, 150) : Seconds(5, 50);
        var unitId = chain[0];
        var name = Names[random.Next(Names.Length)];
        var officer = $"Bripka {name}";
        var steps = new List<Step> { new(acknowledge, "acknowledge", new { unitId, officer }) };
        if (random.NextDouble() < 0.1)
        {
            // The unit above a Polsek is its Polres; a case routed higher is cancelled by the unit above that, as good.
            var above = chain[Math.Min(1, chain.Count - 1)];
            steps.Add(new Step(Seconds(10, 60), "cancel",
                new { unitId = above, officer = $"Iptu {name}", reason = "prank", note = "Penelepon mengaku iseng" }));
            return steps;
        }
        steps.Add(new Step(Seconds(20, 120), "dispatch", new { unitId, officer, patrol = $"Patroli {random.Next(1, 9)}" }));
        steps.Add(new Step(Seconds(120, 540), "arrive", new { unitId, officer }));
        steps.Add(new Step(Seconds(60, 600), "resolve", new { unitId, officer, outcome = "Ditangani di lokasi" }));
        return steps;
    }

    private static readonly string[] Names = ["Sari", "Andi", "Budi", "Dewi", "Rina", "Agus", "Yusuf", "Putri"];

    private TimeSpan Seconds(int min, int max) => TimeSpan.FromSeconds(random.Next(min, max) / speed);
}
