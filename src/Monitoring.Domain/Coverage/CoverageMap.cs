using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Monitoring.Domain.Coverage;

/// <summary>Routes a point to the deepest unit whose coverage contains it, through an STRtree.</summary>
public sealed class CoverageMap
{
    private readonly STRtree<(Unit Unit, IPreparedGeometry Area)> _index = new();
    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public CoverageMap(JurisdictionTree tree, IEnumerable<CoverageArea> areas)
    {
        Tree = tree;
        Areas = areas.ToList();
        foreach (var area in Areas)
            _index.Insert(area.Geometry.EnvelopeInternal, (tree.Get(area.UnitId), PreparedGeometryFactory.Prepare(area.Geometry)));
        _index.Build();
    }

    public JurisdictionTree Tree { get; }

    public IReadOnlyList<CoverageArea> Areas { get; }

    public Routing Resolve(GeoPoint point)
    {
        var p = _factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude));
        Unit? best = null;
        foreach (var (unit, area) in _index.Query(p.EnvelopeInternal))
            if ((best is null || unit.Level > best.Level) && area.Covers(p))
                best = unit;
        var target = best ?? Tree.TriageUnit;
        return new Routing(target.Id, Tree.Chain(target.Id), best is null);
    }
}
