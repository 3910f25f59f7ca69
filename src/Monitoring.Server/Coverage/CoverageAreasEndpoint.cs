using System.Text.Json;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Simplify;

namespace Monitoring.Server.Coverage;

/// <summary>The coverage polygons as GeoJSON for the maps, simplified for drawing (routing keeps the full shapes).</summary>
public static class CoverageAreasEndpoint
{
    /// <summary>About 50 m: invisible at the wall's zoom, a fraction of the size.</summary>
    private const double DrawingTolerance = 0.0005;

    public static IEndpointRouteBuilder MapCoverageAreas(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/coverage/areas", (CoverageMap coverage, JurisdictionTree tree) =>
                Results.Text(Document(coverage, tree), "application/geo+json"))
            .WithTags("Coverage")
            .WithSummary("Every unit's coverage as a GeoJSON FeatureCollection (unitId, name, level, parentId).")
            .RequireAuthorization(Policies.SignedIn)
            // The same document for everyone: cached although every request is signed in, which the default policy refuses.
            .CacheOutput(p => p.Cache(), excludeDefaultPolicy: true);
        return app;
    }

    private static string Document(CoverageMap coverage, JurisdictionTree tree)
    {
        var features = new FeatureCollection();
        foreach (var area in coverage.Areas)
        {
            var unit = tree.Get(area.UnitId);
            features.Add(new Feature(TopologyPreservingSimplifier.Simplify(area.Geometry, DrawingTolerance), new AttributesTable
            {
                { "unitId", unit.Id.Value }, { "name", unit.Name }, { "level", unit.Level.Name() },
                { "parentId", unit.ParentId?.Value },
            }));
        }
        return JsonSerializer.Serialize(features, new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } });
    }
}
