namespace Monitoring.Domain.Callers;

public enum SanctionAction { Flag, Screen, Clear }

/// <summary>An operator's hand on a number: a flag, a screening until a time, or a clear that forgives what came before.</summary>
public sealed record CallerSanction(SanctionAction Action, DateTimeOffset At, Person By, string Reason, DateTimeOffset? Until = null);
