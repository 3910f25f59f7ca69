using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Reports;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Reports;

/// <summary>For managers: pranks, silent and genuine calls of a period and the sanctions the ladder gave, as JSON or CSV.</summary>
public static class NuisanceEndpoints
{
    public const string Action = "report.nuisance";
    public const string CsvAction = Action + ".csv";

    /// <summary>What the report cannot see, said in every answer so that no reader takes the figures for more than they are.</summary>
    public static IReadOnlyList<string> Notes { get; } =
    [
        "Levels reached are the ladder's, replayed over the calls in the read model; an operator's flag, screening or clear (the journal's caller.sanctioned) is not in the read model and is left out, so a number cleared by hand may count as reaching a level again.",
        "A call belongs to its case's unit, else to the unit its location routes to, else (no location, as most pranks and silent calls) to the Polda's triage: a reader scoped to a Polres sees only the calls routed into its subtree.",
    ];

    public static IEndpointRouteBuilder MapNuisanceReport(this IEndpointRouteBuilder app)
    {
        app.MapReport<NuisanceView>("/api/reports/nuisance", NuisanceAsync,
            "Per WIB hour, day, Polres or Polda: pranks, silent and genuine calls and their shares, and beside them the numbers that "
            + "reached each level of the sanction ladder with a call of the row, for calls received in [from, to) in the reader's "
            + "unit; each level's numbers and what they called afterwards, the repeat callers (masked unless the reader may see "
            + "numbers), and the change against the period before.", Action);
        return app;
    }

    private static async Task<IResult> NuisanceAsync(
        string? from, string? to, string? groupBy, HttpRequest request, ClaimsPrincipal user, NuisanceQueries readModel, JurisdictionTree tree,
        TimeProvider clock, IOptions<MonitoringOptions> options)
    {
        var now = clock.GetUtcNow();
        var (fromValue, toValue, grouping, refused) = ReportPeriod.Ask(from, to, groupBy, NuisanceGrouping.Day, now, options.Value.Reports.MaxPeriod);
        if (refused is not null) return refused;

        var ladder = options.Value.Pranks.ToLadder();
        var scope = GrantScope.Of(user, tree);
        var previousFrom = fromValue - (toValue - fromValue);
        var calls = await readModel.CallsAsync(previousFrom - RungReplay.Lookback(ladder), toValue);
        var figures = NuisanceReport.Build(calls, ladder, fromValue, toValue, grouping, c => scope.Holds(c.Unit, tree),
            scope.Unit?.Value ?? ReportTotal.Of(tree));
        var view = View(figures, fromValue, toValue, grouping, now, scope, user);
        return ReportRoute.Answer(request, CsvAction, fromValue, toValue, DomainJson.Name(grouping), view, Csv);
    }

    private static NuisanceView View(NuisanceFigures f, DateTimeOffset from, DateTimeOffset to, NuisanceGrouping grouping, DateTimeOffset now,
        GrantScope scope, ClaimsPrincipal user)
    {
        var whole = user.SeesCallerNumbers();
        var repeaters = f.RepeatCallers.Select(r => new RepeatCallerView(whole ? r.Caller.Value : CallerNumbers.Mask(r.Caller.Value),
            r.Calls, r.NuisanceCalls, r.Counts, r.Highest)).ToList();
        return new NuisanceView(from, to, grouping, now, scope.Unit?.Value, Enum.GetValues<Tally>(), NuisanceReport.Levels, f.Rows, f.Total, f.Rungs,
            !whole, repeaters, f.Previous, f.Change, Notes);
    }

    /// <summary>One line per row, then the total; counts, shares and the numbers that reached each level, invariant numbers,
    /// empty where there is nothing to share.</summary>
    public static string Csv(NuisanceView view)
    {
        var csv = new StringBuilder();
        var header = new List<string> { DomainJson.Name(view.GroupBy), "from", "to", "calls" };
        header.AddRange(view.Tallies.Select(t => "calls_" + DomainJson.Name(t)));
        header.AddRange(view.Tallies.Select(t => "share_" + DomainJson.Name(t)));
        header.AddRange(view.Levels.Select(l => "reached_" + DomainJson.Name(l)));
        csv.AppendLine(CsvCell.Line(header));
        foreach (var row in view.Rows.Append(view.Total))
        {
            var cells = new List<string> { row.Group, Time(row.From), Time(row.To), CsvCell.Number(row.Calls) };
            cells.AddRange(view.Tallies.Select(t => CsvCell.Number(row.Counts[t])));
            cells.AddRange(view.Tallies.Select(t => CsvCell.Number(row.Shares[t])));
            cells.AddRange(view.Levels.Select(l => CsvCell.Number(row.Reached[l])));
            csv.AppendLine(CsvCell.Line(cells));
        }
        return csv.ToString();
    }

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
}
