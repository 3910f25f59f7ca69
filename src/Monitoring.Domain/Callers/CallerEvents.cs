namespace Monitoring.Domain.Callers;

/// <summary>An interaction entered the caller's history.</summary>
public sealed record InteractionRecorded(CallerEntry Entry);
