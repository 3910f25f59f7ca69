using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Monitoring.Domain.Coverage;

/// <summary>
/// The outline of many areas for a map of the whole country: their union, simplified to what that zoom can show. Seconds
/// for a Polda of hundreds of Polsek, so the shipped coverage carries its Polda's outlines made in advance.
/// </summary>
public static class CoverageOutline
{
    /// <summary>About 100 m: fewer points to union, invisible at the national map's zoom.</summary>
    private const double AreaTolerance = 0.001;

    /// <summary>About 1 km: invisible at the zoom of the whole country.</summary>
    private const double OutlineTolerance = 0.01;

    /// <summary>Simplified separately, neighbours no longer share their edges exactly: the slivers between them become small
    /// holes in the union, which a Polda has none of that the national map could show (about 25 km²).</summary>
    private const double SliverArea = 0.002;

    /// <summary>Snapped to about 100 m while unioned: neighbours' edges a few metres apart fuse rather than leave slivers.</summary>
    private static readonly PrecisionModel Grid = new(1000);

    public static Geometry Of(IReadOnlyList<Geometry> areas)
    {
        var simplified = areas.Select(a => TopologyPreservingSimplifier.Simplify(a, AreaTolerance)).ToArray();
        var union = UnaryUnionNG.Union(simplified[0].Factory.BuildGeometry(simplified), Grid);
        // Simplified apart, two islands a few hundred metres from each other may come to cross: made valid again.
        var outline = TopologyPreservingSimplifier.Simplify(WithoutSlivers(union), OutlineTolerance);
        return outline.IsValid ? outline : GeometryFixer.Fix(outline);
    }

    private static Geometry WithoutSlivers(Geometry union)
    {
        var factory = union.Factory;
        var polygons = Enumerable.Range(0, union.NumGeometries).Select(i => union.GetGeometryN(i)).OfType<Polygon>()
            .Select(p => factory.CreatePolygon(p.Shell, [.. p.Holes.Where(h => factory.CreatePolygon(h).Area > SliverArea)]));
        return factory.CreateMultiPolygon([.. polygons]);
    }
}
