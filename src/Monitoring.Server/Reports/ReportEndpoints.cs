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
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(1);

    public const string Action = "report.response-times";
    public const string CsvAction = Action + ".csv";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/response-times", ResponseTimesAsync)
            .WithTags("Reports")
            .WithSummary("Per unit, Polres, category or priority: cases, p50/p90/p95 seconds from the call to each milestone, "
                         + "share within target, escalations and cancellations, for cases opened in [from, to); each milestone's target, "
                         + "the Polda's total, the answer times over every call, a trend per shift or day and the previous period. "
                         + "Accept: text/csv for CSV.")
            .RequireAuthorization(Policies.Reports)
            .Audited(Action)
            .Produces<ResponseTimesView>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ResponseTimesAsync(
        string? from, string? to, string? groupBy, HttpRequest request, ReportQueries readModel, TimeProvider clock,
        IOptions<MonitoringOptions> options, SlaPolicy sla)
    {
        var errors = new List<FieldError>();
        var now = clock.GetUtcNow();
        var toValue = QueryFields.Time(to, "to", errors) ?? now;
        var fromValue = QueryFields.Time(from, "from", errors) ?? toValue - DefaultPeriod;
        var grouping = QueryFields.Parse<ReportGrouping>(groupBy, "groupBy", errors) ?? ReportGrouping.Polres;
        var maxPeriod = options.Value.Reports.MaxPeriod;
        if (errors.Count == 0 && fromValue >= toValue) errors.Add(new FieldError("from", ErrorCodes.PeriodOrder, "The period must start before it ends."));
        else if (errors.Count == 0 && toValue - fromValue > maxPeriod)
            errors.Add(new FieldError("from", ErrorCodes.PeriodLength, $"A report covers at most {maxPeriod.TotalDays:0} days; ask for several periods."));
        if (errors.Count > 0) return Problems.Fields(errors);

        var view = await ViewAsync(readModel, fromValue, toValue, grouping, sla, now);
        var csv = CsvAnswer.Wanted(request);
        AuditNote.Add(request.HttpContext, action: csv ? CsvAction : null,
            detail: $"{fromValue.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{toValue.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} by {DomainJson.Name(grouping)}");
        return csv ? CsvAnswer.Of(Csv(view)) : TypedResults.Ok(view);
    }

    private static async Task<ResponseTimesView> ViewAsync(
        ReportQueries readModel, DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping, SlaPolicy sla, DateTimeOffset now)
    {
        var cases = await readModel.CaseTimesAsync(from, to, grouping);
        var calls = await readModel.CallTimesAsync(from, to);
        var before = from - (to - from);
        var previous = new PeriodSummary(before, from,
            ResponseTimeReport.Total(await readModel.CaseTimesAsync(before, from, grouping), readModel.Polda, sla, now),
            CallReport.Build(await readModel.CallTimesAsync(before, from)));
        return new ResponseTimesView(from, to, grouping, now, ResponseTimeReport.MilestoneNames, ResponseTimeReport.Build(cases, sla, now),
            ResponseTimeReport.Targets(sla), ShareThresholds.Of, ResponseTimeReport.Total(cases, readModel.Polda, sla, now),
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
        var targets = view.Milestones.SelectMany(m => Enum.GetValues<Priority>().Select(p => Number(view.Targets[m][p]))).ToList();
        foreach (var row in view.Rows.Append(view.Total))
        {
            var cells = new List<string> { row.Group, Number(row.Cases), Number(row.Escalations) };
            cells.AddRange(ResponseTimeReport.EscalationLevels.Select(l => Number(row.EscalatedTo[ResponseTimeReport.LevelName(l)])));
            cells.Add(Number(row.Alarms));
            cells.AddRange(Enum.GetValues<CancelReason>().Select(r => Number(row.Cancelled[r])));
            foreach (var m in view.Milestones)
            {
                var f = row.Milestones[m];
                cells.AddRange([Number(f.Reached), Number(f.P50), Number(f.P90), Number(f.P95), Number(f.ShareWithinTarget)]);
            }
            cells.AddRange(targets);
            csv.AppendLine(CsvCell.Line(cells));
        }
        return csv.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}
