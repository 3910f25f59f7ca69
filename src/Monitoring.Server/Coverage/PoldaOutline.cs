using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;

namespace Monitoring.Server.Coverage;

/// <summary>A Polda's outline on the national map, and the point inside it where its count is shown.</summary>
public sealed record PoldaOutline(Unit Polda, Geometry Outline, Point Label);
