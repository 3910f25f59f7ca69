using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Reports;

/// <summary>A nuisance report's figures: the rows, their total, each level's numbers, the repeat callers, and the total of
/// the period of the same length just before with the change of each tally against it (null where it had none).</summary>
public sealed record NuisanceFigures(
    IReadOnlyList<NuisanceRow> Rows,
    NuisanceRow Total,
    IReadOnlyList<RungFigures> Rungs,
    IReadOnlyList<RepeatCaller> RepeatCallers,
    NuisanceRow Previous,
    IReadOnlyDictionary<Tally, double?> Change);
