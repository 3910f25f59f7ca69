using Monitoring.Domain.Callers;

namespace Monitoring.Server.Callers;

/// <summary>The rung, the calls per window, the end of a screening and why.</summary>
public sealed record ReputationView(ReputationLevel Level, IReadOnlyList<WindowCountsView> Counts, DateTimeOffset? ScreenedUntil,
    IReadOnlyList<ReputationReason> Reasons)
{
    public static ReputationView Of(Reputation r) => new(r.Level, [.. r.Counts.Select(WindowCountsView.Of)], r.ScreenedUntil, r.Reasons);
}
