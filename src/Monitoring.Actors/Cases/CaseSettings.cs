using System.Collections.Immutable;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Actors.Cases;

/// <summary>What every case actor needs besides its id: the SLA, the clock, the tree for the levels of acting units and for metric labels;
/// and the sanction ladder the caller actors read (the presets when none is configured).</summary>
public sealed record CaseSettings(SlaPolicy Sla, TimeProvider Clock, JurisdictionTree Tree, ImmutableArray<Rung>? Ladder = null);
