using System.Collections.Immutable;
using Monitoring.Domain.Callers;

namespace Monitoring.Server.Intake;

/// <summary>The sanction ladder (<c>Monitoring:Pranks</c>); no rungs configured means the presets of <see cref="SanctionLadder.Default"/>.</summary>
public sealed class PranksOptions
{
    public List<RungOptions>? Rungs { get; set; }

    public ImmutableArray<Rung> ToLadder() => Rungs is null or { Count: 0 } ? SanctionLadder.Default
        : [.. Rungs.Select(r => new Rung(r.Name, r.Level, r.Threshold, [.. r.Counts], r.Window, r.ScreenFor))];

    public IEnumerable<string> Problems()
    {
        foreach (var (r, i) in (Rungs ?? []).Select((r, i) => (r, i)))
        {
            var at = $"Rungs:{i}:";
            if (string.IsNullOrWhiteSpace(r.Name)) yield return at + "Name is required";
            if (r.Level == ReputationLevel.Normal) yield return at + "Level must be Warned, Flagged or Screened";
            if (r.Threshold < 1) yield return at + "Threshold must be at least 1";
            if (r.Counts.Count == 0) yield return at + "Counts must name at least one tally (Prank, Silent, HangUp, Genuine)";
            if (r.Window <= TimeSpan.Zero || r.Window > MaxWindow) yield return at + "Window must be positive and at most 30 days";
            if ((r.Level == ReputationLevel.Screened) != (r.ScreenFor is not null)) yield return at + "ScreenFor is required for, and only for, a Screened rung";
            if (r.ScreenFor is { } s && (s <= TimeSpan.Zero || s > MaxWindow)) yield return at + "ScreenFor must be positive and at most 30 days";
        }
    }

    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(30);
}

public sealed class RungOptions
{
    public string Name { get; set; } = "";
    public ReputationLevel Level { get; set; }
    public int Threshold { get; set; }
    public List<Tally> Counts { get; set; } = [];
    public TimeSpan Window { get; set; }
    public TimeSpan? ScreenFor { get; set; }
}
