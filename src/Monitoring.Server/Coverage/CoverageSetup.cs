using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Coverage;

/// <summary>Official boundaries when a GeoJSON path is configured, the approximate village-point default otherwise.</summary>
public static class CoverageSetup
{
    public static CoverageMap Build(JurisdictionTree tree, CoverageOptions options, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(options.GeoJsonPath))
        {
            logger.LogInformation("Coverage: approximate, from village points (set Monitoring:Coverage:GeoJsonPath for official boundaries)");
            return VoronoiCoverage.Default(tree);
        }
        if (!File.Exists(options.GeoJsonPath))
            throw new CoverageException([$"Monitoring:Coverage:GeoJsonPath names {options.GeoJsonPath}, which does not exist"]);
        var map = GeoJsonCoverage.Load(tree, options.GeoJsonPath, JurisdictionTree.Default);
        logger.LogInformation("Coverage: {Count} areas from {Path}", map.Areas.Count, options.GeoJsonPath);
        return map;
    }
}
