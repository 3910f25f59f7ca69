using System.Globalization;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Benchmarks;

/// <summary>How big a run is. The defaults are the figures in docs/benchmarks.md; smaller ones make a quick check.
/// Saturation, and each way of the database ceiling, is measured <paramref name="Rounds"/> times and the median kept: the
/// machine's speed drifts. <paramref name="CeilingOnly"/> (<c>--only ceiling</c>) measures the database alone, in seconds;
/// <paramref name="PropsOnly"/> (<c>--only props</c>) what making an entity's Props and spawning it costs, with no database;
/// <paramref name="NearbyOnly"/> (<c>--only nearby</c>) the intake's link candidates with 1,000 to <c>--cases</c> cases open;
/// <paramref name="CoverageOnly"/> (<c>--only coverage</c>) the national coverage: its load, routing <c>--points</c> points, the
/// center's start serving every Polda and <c>--polda</c> alone.</summary>
public sealed record BenchOptions(
    IReadOnlyList<StorageProvider> Providers, TimeSpan Duration, int WarmupCalls, int SaturationCalls, int WallCases, int OpenCases,
    int PluginActors, int Rounds = 3, bool CeilingOnly = false, bool PropsOnly = false, bool NearbyOnly = false, bool CoverageOnly = false,
    int RoutedPoints = 100_000, string? Polda = null)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var providers = (Value("--providers") ?? "sqlite,postgresql").Split(',')
            .Select(p => Enum.Parse<StorageProvider>(p, ignoreCase: true)).ToList();
        var only = Value("--only");
        if (only is not (null or "ceiling" or "props" or "nearby" or "coverage"))
            throw new ArgumentException($"--only {only}: the stages that run alone are 'ceiling', 'props', 'nearby' and 'coverage'");
        return new BenchOptions(providers, TimeSpan.FromSeconds(Int("--seconds", 10)), Int("--warmup", 60_000), Int("--saturation", 20_000),
            Int("--wall", 400), Int("--cases", 100_000), Int("--actors", 10_000), Int("--rounds", 3),
            CeilingOnly: only == "ceiling", PropsOnly: only == "props", NearbyOnly: only == "nearby", CoverageOnly: only == "coverage",
            RoutedPoints: Int("--points", 100_000), Polda: Value("--polda"));
    }
}
