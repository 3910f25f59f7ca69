namespace Monitoring.Server.Audit;

/// <summary>
/// One line of the audit trail: who (user name and role at the time), did what (action) to what (target: a case id, a
/// user name, a token id, or for a caller's history the caller's number, so that "who looked at this number" has an
/// answer), how it ended (outcome and HTTP status) and from where. Written once, never changed.
/// </summary>
/// <param name="At">UTC. A <see cref="DateTime"/>, not an offset: SQLite compares and orders those in SQL.</param>
/// <param name="Status">The HTTP status of the request; null for the center's own jobs.</param>
/// <param name="Detail">What else the auditor needs to read the line: the fields of a change, the period of a report.</param>
public sealed record AuditEntry(long Id, DateTime At, string UserName, string Role, string Action, string? Target, string Outcome, int? Status,
    string ClientAddress, string? Detail)
{
    public const int MaxText = 200;
}
