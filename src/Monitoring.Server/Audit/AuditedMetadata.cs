namespace Monitoring.Server.Audit;

/// <summary>The endpoint's action on the trail, the route value that names its target, if one does, and how that value is
/// written (a caller's number in one spelling), so that a request refused before its handler ran names it alike.</summary>
public sealed record AuditedMetadata(string Action, string? TargetRouteValue, Func<string, string>? Spelling);
