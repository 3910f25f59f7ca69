namespace Monitoring.Server.Audit;

/// <summary>A line of the trail as the admin API and the audit page show it.</summary>
public sealed record AuditView(long Id, DateTimeOffset At, string UserName, string Role, string Action, string? Target, string Outcome,
    int? Status, string ClientAddress, string? Detail)
{
    public static AuditView Of(AuditEntry e) =>
        new(e.Id, new DateTimeOffset(e.At, TimeSpan.Zero), e.UserName, e.Role, e.Action, e.Target, e.Outcome, e.Status, e.ClientAddress, e.Detail);

    public static readonly string[] CsvHeader =
        ["time_utc", "user_name", "role", "action", "target", "outcome", "status", "client_address", "detail"];

    public IEnumerable<string?> CsvCells() =>
        [At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture), UserName, Role, Action, Target,
            Outcome, Status?.ToString(System.Globalization.CultureInfo.InvariantCulture), ClientAddress, Detail];
}
