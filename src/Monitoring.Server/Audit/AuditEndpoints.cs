using System.Text;
using Microsoft.EntityFrameworkCore;
using Monitoring.Domain.Interactions;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Audit;

/// <summary><c>GET /api/admin/audit</c>: the trail, newest first, for the admin only (the group's policy). Reading it is a
/// line on it too.</summary>
public static class AuditEndpoints
{
    public const string Action = "audit.read";
    public const string CsvAction = "audit.export";
    public const int MaxPageSize = 500;

    /// <summary>The most lines one CSV holds; the header X-Total-Count says how many matched.</summary>
    public const int MaxCsvLines = 100_000;

    public static RouteGroupBuilder MapAdminAudit(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", ReadAsync)
            .Audited(Action)
            .WithSummary("The audit trail, newest first, filtered by from/to (UTC, [from, to)), userName, action (and the actions under it) "
                         + "and target; paged with the total. Accept: text/csv or ?format=csv: every matching line (at most 100000) as CSV.")
            .Produces<ListPage<AuditView>>()
            .Produces<string>(StatusCodes.Status200OK, CsvAnswer.MediaType)
            .ProducesValidationProblem();
        return admin;
    }

    private static async Task<IResult> ReadAsync(string? from, string? to, string? userName, string? action, string? target, string? page,
        string? pageSize, string? format, HttpContext http, IDbContextFactory<AuditDb> databases)
    {
        var errors = new List<FieldError>();
        var filter = new AuditFilter(QueryFields.Time(from, "from", errors), QueryFields.Time(to, "to", errors),
            QueryFields.Text(userName, "userName", AuditEntry.MaxText, errors), QueryFields.Text(action, "action", 64, errors),
            QueryFields.Text(target, "target", AuditEntry.MaxText, errors));
        var (pageValue, sizeValue) = QueryFields.Paging(page, pageSize, MaxPageSize, errors);
        if (format is { Length: > 0 } and not ("json" or "csv")) errors.Add(new FieldError("format", ErrorCodes.UnknownValue, "The format must be json or csv."));
        if (filter is { From: { } f, To: { } t } && f >= t) errors.Add(new FieldError("from", ErrorCodes.PeriodOrder, "The period must start before it ends."));
        if (errors.Count > 0) return Problems.Fields(errors);

        await using var db = await databases.CreateDbContextAsync(http.RequestAborted);
        var lines = filter.Apply(db.Entries.AsNoTracking());
        var total = await lines.CountAsync(http.RequestAborted);
        if (CsvAnswer.Wanted(http.Request, format))
        {
            AuditNote.Add(http, action: CsvAction);
            http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return CsvAnswer.Of(Csv(await lines.Take(MaxCsvLines).ToListAsync(http.RequestAborted)));
        }
        var skip = (long)(pageValue - 1) * sizeValue;
        var items = skip >= total ? [] : await lines.Skip((int)skip).Take(sizeValue).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new ListPage<AuditView>([.. items.Select(AuditView.Of)], pageValue, sizeValue, total));
    }

    public static string Csv(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder().AppendLine(CsvCell.Line(AuditView.CsvHeader));
        foreach (var entry in entries) csv.AppendLine(CsvCell.Line(AuditView.Of(entry).CsvCells()));
        return csv.ToString();
    }
}
