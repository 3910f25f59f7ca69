using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Reports;

namespace Monitoring.Server.Reports;

/// <summary>A response-time report as the API gives it. The fields up to Rows are the report's first shape, which other
/// tools read; the rest came later: the targets, the Polda's total, the calls, the trend and the previous period.</summary>
public sealed record ResponseTimesView(
    DateTimeOffset From, DateTimeOffset To, ReportGrouping GroupBy, DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Milestones, IReadOnlyList<ResponseTimeRow> Rows,
    IReadOnlyDictionary<string, IReadOnlyDictionary<Priority, double>> Targets, ShareThresholds Thresholds,
    ResponseTimeRow Total, CallFigures Calls, IReadOnlyList<TrendPoint> Trend, string TrendStep, PeriodSummary Previous);

/// <summary>Where a share within target turns from green to amber and from amber to red.</summary>
public sealed record ShareThresholds(double Green, double Amber)
{
    public static ShareThresholds Of => new(ResponseTimeReport.GreenFrom, ResponseTimeReport.AmberFrom);
}

/// <summary>The period of the same length just before the report's, as its total and its calls, to compare against.</summary>
public sealed record PeriodSummary(DateTimeOffset From, DateTimeOffset To, ResponseTimeRow Total, CallFigures Calls);
