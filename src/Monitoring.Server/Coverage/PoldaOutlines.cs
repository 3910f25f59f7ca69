using System.Diagnostics;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Monitoring.Server.Coverage;

/// <summary>
/// Each served Polda's outline for the national map: the union of its areas, simplified to what a map of the whole country
/// can show. Built once, at the first ask rather than at start-up (which must stay fast), and logged with the time it took.
/// </summary>
public sealed class PoldaOutlines(CoverageMap coverage, JurisdictionTree tree, ILogger logger)
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

    private readonly Lazy<IReadOnlyList<PoldaOutline>> _outlines = new(() => Build(coverage, tree, logger));

    public IReadOnlyList<PoldaOutline> All => _outlines.Value;

    private static IReadOnlyList<PoldaOutline> Build(CoverageMap coverage, JurisdictionTree tree, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var byPolda = coverage.Areas.GroupBy(a => tree.PoldaOf(a.UnitId)).Where(g => g.Key is not null)
            .ToDictionary(g => g.Key!.Value, g => g.Select(a => a.Geometry).ToList());
        var outlines = tree.Poldas.Where(u => byPolda.ContainsKey(u.Id)).AsParallel()
            .Select(polda => Outline(polda, byPolda[polda.Id])).ToList();
        logger.LogInformation("Coverage: outlines of {Count} Polda built from {Areas} areas in {Milliseconds} ms",
            outlines.Count, coverage.Areas.Count, clock.ElapsedMilliseconds);
        return outlines;
    }

    private static PoldaOutline Outline(Unit polda, IReadOnlyList<Geometry> areas)
    {
        var simplified = areas.Select(a => TopologyPreservingSimplifier.Simplify(a, AreaTolerance)).ToArray();
        var union = UnaryUnionNG.Union(simplified[0].Factory.BuildGeometry(simplified), Grid);
        var outline = TopologyPreservingSimplifier.Simplify(WithoutSlivers(union), OutlineTolerance);
        return new PoldaOutline(polda, outline, Largest(outline).InteriorPoint);
    }

    private static Geometry WithoutSlivers(Geometry union)
    {
        var factory = union.Factory;
        var polygons = Enumerable.Range(0, union.NumGeometries).Select(i => union.GetGeometryN(i)).OfType<Polygon>()
            .Select(p => factory.CreatePolygon(p.Shell, [.. p.Holes.Where(h => factory.CreatePolygon(h).Area > SliverArea)]));
        return factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>A Polda of many islands is labelled on its largest.</summary>
    private static Geometry Largest(Geometry outline) =>
        Enumerable.Range(0, outline.NumGeometries).Select(outline.GetGeometryN).MaxBy(g => g.Area) ?? outline;
}
