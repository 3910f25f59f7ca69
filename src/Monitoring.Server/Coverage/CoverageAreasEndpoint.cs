using System.Security.Claims;
using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Simplify;

namespace Monitoring.Server.Coverage;

/// <summary>
/// The coverage polygons as GeoJSON for the maps, simplified for drawing (routing keeps the full shapes): one Polda's
/// areas (?polda=), or without it the deployment's areas when it serves one Polda and each Polda's outline when it serves
/// several (the national map: thousands of Polsek would be megabytes no screen of the whole country can show).
/// </summary>
public static class CoverageAreasEndpoint
{
    /// <summary>About 50 m: invisible at the wall's zoom, a fraction of the size.</summary>
    private const double DrawingTolerance = 0.0005;

    public static IEndpointRouteBuilder MapCoverageAreas(this IEndpointRouteBuilder app)
    {
        PoldaOutlines? outlines = null;
        app.MapGet("/api/coverage/areas", (string? polda, CoverageMap coverage, JurisdictionTree tree, ClaimsPrincipal user, ILoggerFactory logs) =>
            {
                if (polda is null)
                    return tree.Poldas.Count <= 1 ? Geo(Document(coverage.Areas, tree))
                        : Geo(National(LazyInitializer.EnsureInitialized(ref outlines,
                            () => new PoldaOutlines(coverage, tree, logs.CreateLogger(typeof(PoldaOutlines))))));
                var id = new UnitId(polda);
                if (tree.Find(id) is not { Level: UnitLevel.Polda })
                    return Problems.Status(StatusCodes.Status404NotFound, ErrorCodes.UnitNotFound,
                        $"There is no Polda {TextRules.ForLog(polda)} in this deployment.", new Dictionary<string, object?> { ["field"] = "polda" });
                if (!GrantScope.Of(user, tree).Meets(id, tree)) return Problems.OutsideGrant($"Polda {id}");
                return Geo(Document(coverage.Areas.Where(a => tree.PoldaOf(a.UnitId) == id), tree));
            })
            .WithTags("Coverage")
            .WithSummary("Coverage as a GeoJSON FeatureCollection (unitId, name, level, parentId): the areas of one Polda (?polda=), else the deployment's when it serves one Polda, each Polda's outline (with labelLatitude, labelLongitude) when it serves several.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            // The same document for everyone the grant lets see it: cached per Polda asked and per Polda of the grant, so a
            // cached answer never skips the grant check (a refusal is never stored).
            .CacheOutput(new SameForEveryoneCache(_ => true, "polda") { VaryBy = GrantKey });
        return app;
    }

    private static string GrantKey(HttpContext context)
    {
        var tree = context.RequestServices.GetRequiredService<JurisdictionTree>();
        var scope = GrantScope.Of(context.User, tree);
        return scope.Nothing ? "-" : scope.Unit is { } unit ? tree.PoldaOf(unit)?.Value ?? "*" : "*";
    }

    private static IResult Geo(string json) => Results.Text(json, "application/geo+json");

    private static string Document(IEnumerable<CoverageArea> areas, JurisdictionTree tree)
    {
        var features = new FeatureCollection();
        foreach (var area in areas)
        {
            var unit = tree.Get(area.UnitId);
            features.Add(new Feature(TopologyPreservingSimplifier.Simplify(area.Geometry, DrawingTolerance), Properties(unit)));
        }
        return Serialize(features);
    }

    private static string National(PoldaOutlines outlines)
    {
        var features = new FeatureCollection();
        foreach (var o in outlines.All)
        {
            var properties = Properties(o.Polda);
            properties.Add("labelLatitude", o.Label.Y);
            properties.Add("labelLongitude", o.Label.X);
            features.Add(new Feature(o.Outline, properties));
        }
        return Serialize(features);
    }

    private static AttributesTable Properties(Unit unit) => new()
    {
        { "unitId", unit.Id.Value }, { "name", unit.Name }, { "level", unit.Level.Name() }, { "parentId", unit.ParentId?.Value },
    };

    private static string Serialize(FeatureCollection features) =>
        JsonSerializer.Serialize(features, new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } });
}
