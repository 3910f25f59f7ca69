namespace Monitoring.Server.Callers;

/// <summary>The body of a flag, a screening or a clear. Who acts is never read from it: the sign-in says.</summary>
/// <param name="Until">A screening's end, ISO 8601 with an offset; only a screening has one.</param>
public sealed record SanctionForm(string? Reason, string? Until = null);
