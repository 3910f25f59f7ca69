using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Protocol;

/// <summary>A unit's surge alert as it stands (<paramref name="Active"/>) or as it ended: published on the "alerts" topic when
/// raised, at every check while it stands (so a board that missed the raise, or a node that joined since, learns it), and
/// when cleared.</summary>
public sealed record SurgeChanged(SurgeAlert Alert, bool Active)
{
    public const string Topic = "alerts";
}

/// <summary>Ask a node's alert board for the active alerts; the reply is an <see cref="ActiveAlerts"/>.</summary>
public sealed record GetActiveAlerts;

public sealed record ActiveAlerts(IReadOnlyList<SurgeAlert> Alerts);
