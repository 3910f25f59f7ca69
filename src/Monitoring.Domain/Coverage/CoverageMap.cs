using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Monitoring.Domain.Coverage;

/// <summary>Routes a point to the deepest unit whose coverage contains it, through an STRtree; a point outside every
/// coverage goes to the Polda of the nearest area for its operations room to triage, since cases never cross Polda
/// otherwise and the nearest is the one most likely to be able to help.</summary>
public sealed class CoverageMap
{
    private readonly STRtree<(Unit Unit, IPreparedGeometry Area)> _index = new();
    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    /// <param name="outlines">Each Polda's outline for the national map when made in advance; null to draw them from the areas.</param>
    public CoverageMap(JurisdictionTree tree, IEnumerable<CoverageArea> areas, IReadOnlyDictionary<UnitId, Geometry>? outlines = null)
    {
        Tree = tree;
        Outlines = outlines;
        Areas = areas.ToList();
        foreach (var area in Areas)
            _index.Insert(area.Geometry.EnvelopeInternal, (tree.Get(area.UnitId), PreparedGeometryFactory.Prepare(area.Geometry)));
        _index.Build();
    }

    public JurisdictionTree Tree { get; }

    public IReadOnlyList<CoverageArea> Areas { get; }

    public IReadOnlyDictionary<UnitId, Geometry>? Outlines { get; }

    public Routing Resolve(GeoPoint point)
    {
        var p = _factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude));
        Unit? best = null;
        foreach (var (unit, area) in _index.Query(p.EnvelopeInternal))
            if ((best is null || unit.Level > best.Level) && area.Covers(p))
                best = unit;
        var target = best ?? NearestPolda(p);
        return new Routing(target.Id, Tree.Chain(target.Id), best is null);
    }

    private Unit NearestPolda(Point p)
    {
        if (Areas.Count == 0) return Tree.TriageUnit;
        var (unit, _) = _index.NearestNeighbour(p.EnvelopeInternal, (null!, PreparedGeometryFactory.Prepare(p)), AreaDistance.Instance);
        return Tree.PoldaOf(unit.Id) is { } polda ? Tree.Get(polda) : Tree.TriageUnit;
    }

    private sealed class AreaDistance : IItemDistance<Envelope, (Unit Unit, IPreparedGeometry Area)>
    {
        public static readonly AreaDistance Instance = new();

        public double Distance(IBoundable<Envelope, (Unit Unit, IPreparedGeometry Area)> a, IBoundable<Envelope, (Unit Unit, IPreparedGeometry Area)> b) =>
            a.Item.Area.Geometry.Distance(b.Item.Area.Geometry);
    }
}
