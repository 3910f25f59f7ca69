using NetTopologySuite.Geometries;

namespace Monitoring.Domain.Coverage;

/// <summary>The polygon(s) one unit answers for.</summary>
public sealed record CoverageArea(UnitId UnitId, Geometry Geometry);
