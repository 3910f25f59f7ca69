using Monitoring.Domain.Coverage;

namespace Monitoring.Domain.Telephony;

/// <summary>The answering points a call climbs while nobody answers it.</summary>
public static class CallChain
{
    /// <summary>From the Polsek covering the network's location of the caller up to Mabes; with no location, the Polda's
    /// operations room and then Mabes, as a case outside every coverage is triaged there.</summary>
    public static IReadOnlyList<UnitId> For(CoverageMap coverage, NetworkLocation? location) =>
        location is { } at ? coverage.Resolve(at.Point).Chain : coverage.Tree.Chain(coverage.Tree.TriageUnit.Id);
}
