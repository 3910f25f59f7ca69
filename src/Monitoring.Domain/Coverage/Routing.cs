namespace Monitoring.Domain.Coverage;

/// <summary>Where a point goes: the deepest unit covering it and its chain of command up to the root.</summary>
public sealed record Routing(UnitId UnitId, IReadOnlyList<UnitId> Chain, bool OutOfCoverage);
