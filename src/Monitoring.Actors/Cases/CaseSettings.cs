using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Cases;

/// <summary>What every case actor needs besides its id: the SLA, the clock, how often to snapshot.</summary>
public sealed record CaseSettings(SlaPolicy Sla, TimeProvider Clock, int SnapshotEvery);
