using Monitoring.Domain.Callers;
using Monitoring.Domain.Reports;

namespace Monitoring.Server.Reports;

/// <summary>
/// A nuisance report as the API gives it. Unit is the reader's scope (null: the whole center); Tallies and Levels name the
/// keys of each row in order; NumbersMasked says whether the repeat callers' numbers are masked for this reader.
/// </summary>
public sealed record NuisanceView(
    DateTimeOffset From, DateTimeOffset To, NuisanceGrouping GroupBy, DateTimeOffset GeneratedAt, string? Unit,
    IReadOnlyList<Tally> Tallies, IReadOnlyList<ReputationLevel> Levels,
    IReadOnlyList<NuisanceRow> Rows, NuisanceRow Total, IReadOnlyList<RungFigures> Rungs,
    bool NumbersMasked, IReadOnlyList<RepeatCallerView> RepeatCallers,
    NuisanceRow Previous, IReadOnlyDictionary<Tally, double?> Change, IReadOnlyList<string> Notes);

/// <summary>A repeat caller with its number whole or masked, as the reader may see it.</summary>
public sealed record RepeatCallerView(string Number, int Calls, int NuisanceCalls, IReadOnlyDictionary<Tally, int> Counts, ReputationLevel Highest);
