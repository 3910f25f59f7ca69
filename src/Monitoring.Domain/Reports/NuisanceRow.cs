using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Reports;

/// <summary>
/// One row of the nuisance report: the calls of each tally and their share of all calls, and beside them the numbers that
/// reached each rung with a call of the row. Genuine calls stand in every row next to the sanctions, so that a rule that
/// cuts pranks by cutting genuine calls too shows it. From and To are the step of an hour or day row or the period of a
/// total, null for a Polres.
/// </summary>
public sealed record NuisanceRow(
    string Group,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Calls,
    IReadOnlyDictionary<Tally, int> Counts,
    IReadOnlyDictionary<Tally, double?> Shares,
    IReadOnlyDictionary<ReputationLevel, int> Reached);
