using System.Diagnostics;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;

namespace Monitoring.Server.Coverage;

/// <summary>
/// Each served Polda's outline for the national map: the union of its areas, simplified to what a map of the whole country
/// can show: the shipped coverage's own, or built once at the first ask rather than at start-up (which must stay fast) for
/// official boundaries, logged with the time it took.
/// </summary>
public sealed class PoldaOutlines(CoverageMap coverage, JurisdictionTree tree, ILogger logger)
{
    private readonly Lazy<IReadOnlyList<PoldaOutline>> _outlines = new(() => Build(coverage, tree, logger));

    public IReadOnlyList<PoldaOutline> All => _outlines.Value;

    private static IReadOnlyList<PoldaOutline> Build(CoverageMap coverage, JurisdictionTree tree, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var byPolda = coverage.Areas.GroupBy(a => tree.PoldaOf(a.UnitId)).Where(g => g.Key is not null)
            .ToDictionary(g => g.Key!.Value, g => g.Select(a => a.Geometry).ToList());
        var outlines = tree.Poldas.Where(u => byPolda.ContainsKey(u.Id)).AsParallel()
            .Select(polda => Outline(polda, byPolda[polda.Id], coverage)).ToList();
        logger.LogInformation("Coverage: outlines of {Count} Polda built from {Areas} areas in {Milliseconds} ms",
            outlines.Count, coverage.Areas.Count, clock.ElapsedMilliseconds);
        return outlines;
    }

    private static PoldaOutline Outline(Unit polda, IReadOnlyList<Geometry> areas, CoverageMap coverage)
    {
        var outline = coverage.Outlines?.GetValueOrDefault(polda.Id) ?? CoverageOutline.Of(areas);
        return new PoldaOutline(polda, outline, Largest(outline).InteriorPoint);
    }

    /// <summary>A Polda of many islands is labelled on its largest.</summary>
    private static Geometry Largest(Geometry outline) =>
        Enumerable.Range(0, outline.NumGeometries).Select(outline.GetGeometryN).MaxBy(g => g.Area) ?? outline;
}
