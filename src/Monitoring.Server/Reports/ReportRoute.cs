using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Reports;

/// <summary>What every report's endpoint is: a GET for managers, audited, answering its view as JSON or CSV, refusing bad input field by field.</summary>
public static class ReportRoute
{
    public static RouteHandlerBuilder MapReport<TView>(this IEndpointRouteBuilder app, string pattern, Delegate handler, string summary, string action) =>
        app.MapGet(pattern, handler)
            .WithTags("Reports")
            .WithSummary(summary + " Accept: text/csv for CSV.")
            .RequireAuthorization(Policies.Reports)
            .Audited(action)
            .Produces<TView>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

    /// <summary>The view as JSON, or as CSV when asked for (then audited as its own action), with the period and grouping in the audit line.</summary>
    public static IResult Answer<TView>(HttpRequest request, string csvAction, DateTimeOffset from, DateTimeOffset to, string grouping,
        TView view, Func<TView, string> csv)
    {
        var wanted = CsvAnswer.Wanted(request);
        AuditNote.Add(request.HttpContext, action: wanted ? csvAction : null, detail: ReportPeriod.Detail(from, to, grouping));
        return wanted ? CsvAnswer.Of(csv(view)) : TypedResults.Ok(view);
    }
}
