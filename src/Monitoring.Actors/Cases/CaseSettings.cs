using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Actors.Cases;

/// <summary>What every case actor needs besides its id: the SLA, the clock, the tree for the levels of acting units and for metric labels.</summary>
public sealed record CaseSettings(SlaPolicy Sla, TimeProvider Clock, JurisdictionTree Tree);
