using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Reports;

/// <summary>What a report's total row is named after: the center's Polda when it serves one, "national" when it serves
/// every Polda of the country, else the Polda it serves, comma-separated.</summary>
public static class ReportTotal
{
    public const string National = "national";

    /// <summary>The name for a center serving <paramref name="served"/>, a cut of the national tree.</summary>
    public static string Of(JurisdictionTree served) => Name(served.Poldas.Select(p => p.Id).ToList(), JurisdictionTree.Default.Poldas.Count);

    public static string Name(IReadOnlyCollection<UnitId> served, int poldasInTheCountry) =>
        served.Count == 1 ? served.First().Value
        : served.Count >= poldasInTheCountry ? National
        : string.Join(",", served.Select(p => p.Value).Order(StringComparer.Ordinal));
}
