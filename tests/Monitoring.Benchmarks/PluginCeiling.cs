using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Benchmarks;

/// <summary>What the journal plugin carries bare, configured exactly as the center configures it: first events of
/// brand-new persistent actors (each recovers, finds nothing, persists one event; the intake's pattern), then events
/// of actors already live, with 256 asks in flight (10,000 actors by default).</summary>
public static class PluginCeiling
{
    public sealed record Figures(double NewActorEventsPerSecond, double LiveActorEventsPerSecond);

    private const int InFlight = 256;

    public static async Task<Figures> MeasureAsync(StorageOptions storage, TimeSpan duration, int actors)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAkka("bench", akka => akka.WithMonitoringPersistence(storage).AddHocon("akka.loglevel = WARNING", HoconAddMode.Prepend));
        using var host = builder.Build();
        await host.StartAsync();
        var system = host.Services.GetRequiredService<ActorSystem>();
        var payload = new byte[400];
        Random.Shared.NextBytes(payload);

        // Warm the plugin's connections and the JIT before anything is timed.
        await RunAsync(500, i => system.ActorOf(Props.Create(typeof(Ledger), $"warm-{i}")), payload, TimeSpan.MaxValue);

        var live = new IActorRef[actors];
        var fresh = await RunAsync(actors, i => live[i] = system.ActorOf(Props.Create(typeof(Ledger), $"a-{i}")), payload, TimeSpan.MaxValue);
        var warm = await RunAsync(int.MaxValue, _ => live[Random.Shared.Next(actors)], payload, duration);
        await host.StopAsync();
        return new Figures(fresh, warm);
    }

    /// <summary>Asks <paramref name="count"/> times (or until <paramref name="duration"/>), <see cref="InFlight"/> at a time; events per second.</summary>
    private static async Task<double> RunAsync(int count, Func<int, IActorRef> target, byte[] payload, TimeSpan duration)
    {
        using var gate = new SemaphoreSlim(InFlight);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>();
        var done = 0;
        for (var i = 0; i < count && clock.Elapsed < duration; i++)
        {
            await gate.WaitAsync();
            pending.Add(target(i).Ask<Akka.Done>(payload, TimeSpan.FromSeconds(60)).ContinueWith(t =>
            {
                if (t.IsCompletedSuccessfully) Interlocked.Increment(ref done);
                gate.Release();
            }, TaskScheduler.Default));
            if (pending.Count > 10_000) pending.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(pending);
        return done / clock.Elapsed.TotalSeconds;
    }
}
