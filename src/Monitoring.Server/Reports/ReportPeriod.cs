using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Http;

namespace Monitoring.Server.Reports;

/// <summary>The period every report covers: [from, to), by default the day up to now, never longer than <c>Monitoring:Reports:MaxPeriod</c>.</summary>
public static class ReportPeriod
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(1);

    /// <summary>The times asked for, or the default day up to now; a time that does not parse is named in the errors.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Read(string? from, string? to, DateTimeOffset now, List<FieldError> errors)
    {
        var toValue = QueryFields.Time(to, "to", errors) ?? now;
        return (QueryFields.Time(from, "from", errors) ?? toValue - DefaultPeriod, toValue);
    }

    /// <summary>Once every field parsed: the period must run forwards and be no longer than the most a report covers.</summary>
    public static void Check(DateTimeOffset from, DateTimeOffset to, TimeSpan maxPeriod, List<FieldError> errors)
    {
        if (errors.Count > 0) return;
        if (from >= to) errors.Add(new FieldError("from", ErrorCodes.PeriodOrder, "The period must start before it ends."));
        else if (to - from > maxPeriod)
            errors.Add(new FieldError("from", ErrorCodes.PeriodLength, $"A report covers at most {maxPeriod.TotalDays:0} days; ask for several periods."));
    }

    /// <summary>What the audit trail says a report was asked for.</summary>
    public static string Detail(DateTimeOffset from, DateTimeOffset to, string grouping) =>
        $"{from.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{to.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} by {grouping}";

    /// <summary>The period and grouping a report is asked for, or the problem naming every wrong field.</summary>
    public static (DateTimeOffset From, DateTimeOffset To, TGrouping Grouping, IResult? Refused) Ask<TGrouping>(
        string? from, string? to, string? groupBy, TGrouping fallback, DateTimeOffset now, TimeSpan maxPeriod) where TGrouping : struct, Enum
    {
        var errors = new List<FieldError>();
        var (fromValue, toValue) = Read(from, to, now, errors);
        var grouping = QueryFields.Parse<TGrouping>(groupBy, "groupBy", errors) ?? fallback;
        Check(fromValue, toValue, maxPeriod, errors);
        return (fromValue, toValue, grouping, errors.Count > 0 ? Problems.Fields(errors) : null);
    }
}
