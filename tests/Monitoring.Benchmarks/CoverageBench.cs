using System.Diagnostics;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Storage;

namespace Monitoring.Benchmarks;

/// <summary>
/// The coverage at national size: what loading the unit tree and the village points and building the default coverage
/// cost the first time in a process (time, and managed memory held afterwards), how long routing one point takes, and
/// how long the center takes from its start to ready when it serves every Polda or one.
/// </summary>
public static class CoverageBench
{
    public sealed record Loading(TimeSpan Data, long DataBytes, TimeSpan Map, long MapBytes, int Polda, int Polsek, int Villages, int Areas);

    /// <param name="WarmBytes">Managed memory the map holds after routing: a prepared area builds its index on its first question.</param>
    public sealed record RoutingFigures(int Points, double MeanUs, double P50Us, double P99Us, double MaxUs, double OutOfCoverageShare, long WarmBytes);

    public sealed record Startup(string Polda, string Start, TimeSpan Ready, long ResidentBytes);

    /// <summary>About 1 km in degrees: how far from a village point the routed points fall.</summary>
    private const double Jitter = 0.01;

    /// <summary>
    /// Must be the first use of the Domain's data in the process, or the figures are not of a cold load. The map is
    /// returned so it stays alive while its memory is measured, and for <see cref="Route"/>.
    /// </summary>
    public static (Loading Figures, CoverageMap Map) Load(Action<string> say)
    {
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var tree = JurisdictionTree.Default;
        var villages = VoronoiCoverage.DefaultVillages;
        var data = clock.Elapsed;
        var withData = GC.GetTotalMemory(forceFullCollection: true);
        say($"coverage: unit tree and village points loaded in {data.TotalMilliseconds:0} ms, {(withData - empty) / 1e6:0.0} MB managed");

        clock.Restart();
        var map = VoronoiCoverage.Default(tree);
        var built = clock.Elapsed;
        var withMap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(map);
        var figures = new Loading(data, withData - empty, built, withMap - withData, tree.Units.Count(u => u.Level == UnitLevel.Polda),
            tree.Units.Count(u => u.Level == UnitLevel.Polsek), villages.Count, map.Areas.Count);
        say($"coverage: map of {figures.Areas} areas built in {built.TotalMilliseconds:0} ms, {figures.MapBytes / 1e6:0.0} MB managed more "
            + $"({(withMap - empty) / 1e6:0.0} MB with the tree and villages)");
        return (figures, map);
    }

    /// <summary>
    /// <see cref="CoverageMap.Resolve"/> on <paramref name="points"/> points each within about 1 km of a village drawn
    /// uniformly (so each Polda as often as it has villages), one at a time, after as many again to warm up.
    /// </summary>
    public static RoutingFigures Route(CoverageMap map, int points, Random random, Action<string> say)
    {
        var cold = GC.GetTotalMemory(forceFullCollection: true);
        var villages = VoronoiCoverage.DefaultVillages;
        GeoPoint Near()
        {
            var v = villages[random.Next(villages.Count)].Point;
            return new GeoPoint(v.Latitude + (random.NextDouble() - 0.5) * 2 * Jitter, v.Longitude + (random.NextDouble() - 0.5) * 2 * Jitter);
        }

        for (var i = 0; i < points; i++) map.Resolve(Near());
        var sample = Enumerable.Range(0, points).Select(_ => Near()).ToArray();
        var micros = new double[points];
        var outside = 0;
        for (var i = 0; i < points; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var routing = map.Resolve(sample[i]);
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (routing.OutOfCoverage) outside++;
        }
        Array.Sort(micros);
        sample = null;
        var warm = GC.GetTotalMemory(forceFullCollection: true) - cold;
        GC.KeepAlive(map);
        var f = new RoutingFigures(points, micros.Average(), Percentile(micros, 0.50), Percentile(micros, 0.99), micros[^1], outside / (double)points, warm);
        say($"coverage: routed {f.Points} points near villages: mean {f.MeanUs:0.0} µs, p50 {f.P50Us:0.0} µs, p99 {f.P99Us:0.0} µs, "
            + $"max {f.MaxUs:0} µs; {f.OutOfCoverageShare:P2} outside every coverage; the map holds {warm / 1e6:0.0} MB managed more once routed");
        return f;
    }

    /// <summary>
    /// The center's start to its first 200 on /readyz, serving <paramref name="polda"/> (<c>all</c>, or ids) on a fresh
    /// database: the figure an operator waits for after a deploy. <paramref name="start"/> says which start this is.
    /// </summary>
    public static async Task<Startup> StartAsync(StorageOptions storage, string polda, string start, Action<string> say)
    {
        var clock = Stopwatch.StartNew();
        await using var center = CenterProcess.Start(storage, CenterProcess.FreePort(), BenchTokens.NewAdminPassword(),
            [$"--Monitoring:Jurisdiction:Polda={polda}"]);
        await center.WaitReadyAsync(TimeSpan.FromMinutes(5));
        var figures = new Startup(polda, start, clock.Elapsed, center.ResidentBytes);
        say($"coverage: the center serving {polda} ready in {figures.Ready.TotalSeconds:0.0} s ({start}), "
            + $"{figures.ResidentBytes / 1e6:0} MB resident");
        return figures;
    }

    /// <summary>The Polda of the one-Polda start: Daerah Istimewa Yogyakarta (province 34) where the tree has it.</summary>
    public static string OnePolda(JurisdictionTree tree)
    {
        var poldas = tree.Units.Where(u => u.Level == UnitLevel.Polda).ToList();
        return (poldas.FirstOrDefault(p => p.AreaCode == "34") ?? poldas[0]).Id.Value;
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)(share * sorted.Length))];
}
