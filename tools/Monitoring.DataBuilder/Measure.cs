using System.Globalization;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;

namespace Monitoring.DataBuilder;

/// <summary>How close the shipped coverage comes to reference boundaries: 20,000 random points inside the reference
/// kecamatan, each routed, counted right when it lands in the Polsek (and Polres) of the kecamatan it lies in.</summary>
public static class Measure
{
    public static void Against(string referenceGeoJson)
    {
        var tree = JurisdictionTree.Default;
        var map = VoronoiCoverage.Default(tree);
        var reference = GeoJsonCoverage.Read(tree, File.OpenRead(referenceGeoJson), requireEveryPolsek: false);
        var random = new Random(110);
        var envelope = new Envelope();
        foreach (var a in reference) envelope.ExpandToInclude(a.Geometry.EnvelopeInternal);
        var factory = new GeometryFactory();
        int tried = 0, right = 0, rightPolres = 0;
        while (tried < 20_000)
        {
            var p = factory.CreatePoint(new Coordinate(envelope.MinX + random.NextDouble() * envelope.Width, envelope.MinY + random.NextDouble() * envelope.Height));
            var truth = reference.FirstOrDefault(a => a.Geometry.EnvelopeInternal.Contains(p.Coordinate) && a.Geometry.Covers(p));
            if (truth is null) continue;
            tried++;
            var routed = map.Resolve(new GeoPoint(p.Y, p.X)).UnitId;
            if (routed == truth.UnitId) right++;
            if (tree.PolresOf(routed) == tree.PolresOf(truth.UnitId)) rightPolres++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tried} random points inside {reference.Count} reference kecamatan: {100.0 * right / tried:F1} % in the right Polsek, {100.0 * rightPolres / tried:F1} % in the right Polres"));
    }

    /// <summary>Area on the sphere's surface, near enough for a province's total: degrees² scaled by the latitude.</summary>
    public static double AreaKm2(Geometry g) => g.Area * 111.32 * 111.32 * Math.Cos(g.Centroid.Y * Math.PI / 180);
}
