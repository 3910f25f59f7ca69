namespace Monitoring.Domain.Callers;

/// <summary>An interaction entered the caller's history.</summary>
public sealed record InteractionRecorded(CallerEntry Entry);

/// <summary>An operator flagged, screened or cleared the number.</summary>
public sealed record CallerSanctioned(CallerSanction Sanction);
