using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Reports;

/// <summary>The numbers that reached one level in the period, and what they called after they first reached it there:
/// a warning that silences a number's pranks but also its reports shows here.</summary>
public sealed record RungFigures(ReputationLevel Level, int Numbers, int GenuineCallsAfter, int NuisanceCallsAfter);
