using System.Text.Json;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Monitoring.Domain.Coverage;

/// <summary>
/// Official boundaries from a GeoJSON FeatureCollection. A feature names its unit by <c>unitId</c> or by the
/// Kemendagri <c>code</c> (property or feature id), so the government's own files load as they are.
/// </summary>
public static class GeoJsonCoverage
{

    /// <summary>A feature of a unit the nation has but this deployment does not serve is left out, so one national file
    /// serves every deployment.</summary>
    public static CoverageMap Load(JurisdictionTree tree, string path, JurisdictionTree nation)
    {
        using var stream = File.OpenRead(path);
        return new CoverageMap(tree, Read(tree, stream, nation));
    }

    /// <param name="requireEveryPolsek">False only to read reference boundaries of part of the tree.</param>
    public static IReadOnlyList<CoverageArea> Read(JurisdictionTree tree, Stream geoJson, JurisdictionTree? nation = null, bool requireEveryPolsek = true)
    {
        var options = new JsonSerializerOptions
        {
            Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)) },
        };
        FeatureCollection features;
        try
        {
            features = JsonSerializer.Deserialize<FeatureCollection>(geoJson, options)
                       ?? throw new CoverageException(["the file holds no FeatureCollection"]);
        }
        catch (JsonException e)
        {
            throw new CoverageException([$"the file is not valid GeoJSON: {e.Message}"]);
        }

        var elsewhere = (nation ?? tree).Units.Where(u => !tree.Contains(u.Id)).ToList();
        var otherIds = elsewhere.Select(u => u.Id).ToHashSet();
        var otherCodes = elsewhere.Where(u => u.AreaCode is not null).Select(u => u.AreaCode!).ToHashSet();
        var problems = new List<string>();
        var areas = new List<CoverageArea>();
        var index = 0;
        foreach (var feature in features)
        {
            index++;
            var unitId = Property(feature, "unitId");
            var code = Property(feature, "code") ?? (feature as IUnique)?.Id?.ToString();
            var label = $"feature {index} ({unitId ?? code ?? "no unitId or code"})";
            Unit? unit = unitId is not null ? tree.Find(new UnitId(unitId))
                : code is not null ? tree.ByAreaCode(code) : null;
            if (unit is null)
            {
                if (!(unitId is not null ? otherIds.Contains(new UnitId(unitId)) : code is not null && otherCodes.Contains(code)))
                    problems.Add($"{label} matches no unit");
                continue;
            }
            if (feature.Geometry is not (Polygon or MultiPolygon))
            {
                problems.Add($"{label} is a {feature.Geometry?.GeometryType ?? "missing geometry"}, not a polygon");
                continue;
            }
            var validity = new IsValidOp(feature.Geometry).ValidationError;
            if (validity is not null) { problems.Add($"{label} has an invalid geometry: {validity.Message} at {validity.Coordinate}"); continue; }
            areas.Add(new CoverageArea(unit.Id, feature.Geometry));
        }

        var covered = areas.Select(a => a.UnitId).ToHashSet();
        if (requireEveryPolsek)
            problems.AddRange(tree.Units.Where(u => u.Level == UnitLevel.Polsek && !covered.Contains(u.Id))
            .Select(u => $"Polsek {u.Id} ({u.AreaCode}) has no coverage"));
        if (problems.Count > 0) throw new CoverageException(problems);
        return areas;
    }

    private static string? Property(IFeature feature, string name) =>
        feature.Attributes is { } a && a.Exists(name) ? a[name]?.ToString() : null;
}
