using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Reports;

/// <summary>One interaction as the nuisance report sees it, with the unit it belongs to (the case's, else where its
/// location routes, else the Polda's triage), the Polres over that unit, or the triage group, and its Polda (Mabes for
/// a call at Mabes itself).</summary>
public sealed record NuisanceCall(Interaction Call, UnitId Unit, string Polres, string Polda);
