using Monitoring.Domain.Jurisdiction;
using System.Security.Claims;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Reports;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Reports;

/// <summary>For managers: response times against the targets for any past period, as JSON or CSV.</summary>
public static class ReportEndpoints
{
    public const string Action = "report.response-times";
    public const string CsvAction = Action + ".csv";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapReport<ResponseTimesView>("/api/reports/response-times", ResponseTimesAsync,
            "Per unit, Polres, Polda, category or priority: cases, p50/p90/p95 seconds from the call to each milestone, "
            + "share within target, escalations and cancellations, for cases opened in [from, to); each milestone's target, "
            + "the total (named after the Polda served, or national), the answer times over every call, a trend per shift or day and the previous period.", Action);
        app.MapNuisanceReport();
        return app;
    }

    private static async Task<IResult> ResponseTimesAsync(
        string? from, string? to, string? groupBy, HttpRequest request, ClaimsPrincipal user, ReportQueries readModel, JurisdictionTree tree,
        TimeProvider clock, IOptions<MonitoringOptions> options, SlaPolicy sla)
    {
        var now = clock.GetUtcNow();
        var (fromValue, toValue, grouping, refused) = ReportPeriod.Ask(from, to, groupBy, ReportGrouping.Polres, now, options.Value.Reports.MaxPeriod);
        if (refused is not null) return refused;

        // A manager of a Polda or Polres reads their own cases and calls, as in the nuisance report.
        var scope = GrantScope.Of(user, tree);
        var view = await ViewAsync(readModel, new ReportScope(scope.Sees, u => scope.Holds(u, tree), scope.Unit?.Value ?? readModel.Polda),
            fromValue, toValue, grouping, sla, now);
        return ReportRoute.Answer(request, CsvAction, fromValue, toValue, DomainJson.Name(grouping), view, Csv);
    }

    /// <summary>Whose cases and calls a report holds, and what its total is named after.</summary>
    private sealed record ReportScope(Func<IReadOnlyList<UnitId>, bool> Sees, Func<UnitId, bool> Holds, string Total);

    private static async Task<ResponseTimesView> ViewAsync(ReportQueries readModel, ReportScope scope,
        DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping, SlaPolicy sla, DateTimeOffset now)
    {
        var cases = await readModel.CaseTimesAsync(from, to, grouping, scope.Sees);
        var calls = await readModel.CallTimesAsync(from, to, scope.Holds);
        var before = from - (to - from);
        var previous = new PeriodSummary(before, from,
            ResponseTimeReport.Total(await readModel.CaseTimesAsync(before, from, grouping, scope.Sees), scope.Total, sla, now),
            CallReport.Build(await readModel.CallTimesAsync(before, from, scope.Holds)));
        return new ResponseTimesView(from, to, grouping, now, ResponseTimeReport.MilestoneNames, ResponseTimeReport.Build(cases, sla, now),
            ResponseTimeReport.Targets(sla), ShareThresholds.Of, ResponseTimeReport.Total(cases, scope.Total, sla, now),
            CallReport.Build(calls), ReportTrend.Build(cases, calls, from, to, sla, now),
            ReportTrend.StepName(from, to), previous);
    }

    /// <summary>One line per group, then the Polda's total; the targets per priority close each line; seconds and shares as plain invariant numbers, empty where there is nothing to measure.</summary>
    public static string Csv(ResponseTimesView view)
    {
        var csv = new StringBuilder();
        var header = new List<string> { DomainJson.Name(view.GroupBy), "cases", "escalations" };
        header.AddRange(ResponseTimeReport.EscalationLevels.Select(l => "escalated_" + ResponseTimeReport.LevelName(l)));
        header.Add("alarms");
        header.AddRange(Enum.GetValues<CancelReason>().Select(r => "cancelled_" + DomainJson.Name(r)));
        foreach (var m in view.Milestones) header.AddRange([$"{m}_count", $"{m}_p50_s", $"{m}_p90_s", $"{m}_p95_s", $"{m}_within_target"]);
        // Appended after the first shape's columns, so that a tool reading columns by position still finds its own.
        foreach (var m in view.Milestones) header.AddRange(Enum.GetValues<Priority>().Select(p => $"{m}_target_{DomainJson.Name(p)}_s"));
        csv.AppendLine(CsvCell.Line(header));
        var targets = view.Milestones.SelectMany(m => Enum.GetValues<Priority>().Select(p => CsvCell.Number(view.Targets[m][p]))).ToList();
        foreach (var row in view.Rows.Append(view.Total))
        {
            var cells = new List<string> { row.Group, CsvCell.Number(row.Cases), CsvCell.Number(row.Escalations) };
            cells.AddRange(ResponseTimeReport.EscalationLevels.Select(l => CsvCell.Number(row.EscalatedTo[ResponseTimeReport.LevelName(l)])));
            cells.Add(CsvCell.Number(row.Alarms));
            cells.AddRange(Enum.GetValues<CancelReason>().Select(r => CsvCell.Number(row.Cancelled[r])));
            foreach (var m in view.Milestones)
            {
                var f = row.Milestones[m];
                cells.AddRange([CsvCell.Number(f.Reached), CsvCell.Number(f.P50), CsvCell.Number(f.P90), CsvCell.Number(f.P95), CsvCell.Number(f.ShareWithinTarget)]);
            }
            cells.AddRange(targets);
            csv.AppendLine(CsvCell.Line(cells));
        }
        return csv.ToString();
    }
}
