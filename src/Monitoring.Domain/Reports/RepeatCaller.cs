using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Reports;

/// <summary>A number with at least two nuisance calls in the period: its calls of each tally and the highest level it
/// reached in the period (normal when none).</summary>
public sealed record RepeatCaller(CallerNumber Caller, int Calls, int NuisanceCalls, IReadOnlyDictionary<Tally, int> Counts, ReputationLevel Highest);
