namespace Monitoring.Server.Linking;

/// <summary>Take a linked call out of its case; unitId is the unit the operator acts as (default their own).</summary>
public sealed record UnlinkRequest(string? InteractionId, string? UnitId);

/// <summary>Merge the case into intoCaseId, for the reason given; unitId as for any action.</summary>
public sealed record MergeRequest(string? IntoCaseId, string? Reason, string? UnitId);
