using System.Diagnostics;
using Akka.Actor;
using Monitoring.Actors.Hosting;

namespace Monitoring.Benchmarks;

/// <summary>
/// What the Props of a sharded entity cost, made the three ways Akka.NET offers (<c>--only props</c>): by reflection
/// (<c>Props.Create(typeof(X), args…)</c>), from an expression (<c>Props.Create(() => new X(…))</c>, whose tree is built and
/// whose arguments are evaluated on every call), and by <see cref="ActorProps.Of{TActor}"/> (a delegate behind an
/// <see cref="IIndirectActorProducer"/>). Each way is measured making the Props alone, on this thread, and making them and
/// spawning an actor from each, until every actor's constructor has run. Rounds alternate the ways; the median is kept.
/// </summary>
public static class PropsCost
{
    public sealed record Figure(string Way, double CreateNs, double CreateBytes, double SpawnNs, double SpawnBytes);

    private sealed class Entity : ReceiveActor
    {
        public static int Live;

        /// <summary>Completed by the actor whose start or stop brings <see cref="Live"/> to <see cref="Awaited"/>.</summary>
        public static TaskCompletionSource Reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static int Awaited;

        private static void Count(int live)
        {
            if (live == Volatile.Read(ref Awaited)) Reached.TrySetResult();
        }

        public Entity(string entityId)
        {
            ArgumentNullException.ThrowIfNull(entityId);
            Count(Interlocked.Increment(ref Live));
            ReceiveAny(_ => { });
        }

        protected override void PostStop() => Count(Interlocked.Decrement(ref Live));
    }

    private static readonly string[] Ids = [.. Enumerable.Range(0, 1024).Select(i => $"entity-{i}")];

    /// <summary>The ways, each with the share of the iterations it runs. Akka.NET reads an expression's arguments that are
    /// constants or captured variables by reflection and compiles any other (here a method call): the fourth way shows what
    /// that compilation costs, at a hundredth of the iterations.</summary>
    private static readonly (string Way, Func<string, Props> Make, int Share)[] Ways =
    [
        ("Props.Create(typeof(X), args) — reflection", id => Props.Create(typeof(Entity), id), 1),
        ("Props.Create(() => new X(args)) — expression, captured arguments", id => Props.Create(() => new Entity(id)), 1),
        ("Props.Create(() => new X(f(args))) — expression, an argument compiled", id => Props.Create(() => new Entity(id.Trim())), 100),
        ("ActorProps.Of(() => new X(args)) — producer", id => ActorProps.Of(() => new Entity(id)), 1),
    ];

    public static async Task<IReadOnlyList<Figure>> MeasureAsync(int creates, int spawns, int rounds, Action<string> say)
    {
        using var system = ActorSystem.Create("props-cost", "akka.loglevel = WARNING");
        foreach (var (_, make, share) in Ways)
        {
            Create(make, 20_000 / share);
            await SpawnAsync(system, make, 2_000 / share);
        }

        var runs = Ways.Select(_ => new List<(double CreateNs, double CreateBytes, double SpawnNs, double SpawnBytes)>()).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            for (var w = 0; w < Ways.Length; w++)
            {
                var (createNs, createBytes) = Create(Ways[w].Make, creates / Ways[w].Share);
                var (spawnNs, spawnBytes) = await SpawnAsync(system, Ways[w].Make, spawns / Ways[w].Share);
                runs[w].Add((createNs, createBytes, spawnNs, spawnBytes));
                say($"round {round}, {Ways[w].Way}: props {createNs:0} ns, {createBytes:0} B; props + spawn {spawnNs:0} ns, {spawnBytes:0} B");
            }
        }
        return [.. Ways.Select((way, w) => new Figure(way.Way, Median(runs[w].Select(r => r.CreateNs)), Median(runs[w].Select(r => r.CreateBytes)),
            Median(runs[w].Select(r => r.SpawnNs)), Median(runs[w].Select(r => r.SpawnBytes))))];
    }

    /// <summary>Per Props: time and bytes allocated on this thread. The Props are kept in an array, so none is optimized away.</summary>
    private static (double Ns, double Bytes) Create(Func<string, Props> make, int count)
    {
        var made = new Props[1024];
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) made[i & 1023] = make(Ids[i & 1023]);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        GC.KeepAlive(made);
        return (elapsed.TotalNanoseconds / count, (double)bytes / count);
    }

    /// <summary>Per actor: from making its Props to its constructor having run, and the bytes the whole process allocated
    /// meanwhile (the actors are made on the dispatcher's threads). The actors are stopped afterwards, outside the figure.</summary>
    private static async Task<(double Ns, double Bytes)> SpawnAsync(ActorSystem system, Func<string, Props> make, int count)
    {
        var actors = new IActorRef[count];
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var allStarted = Await(count);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++) actors[i] = system.ActorOf(make(Ids[i & 1023]));
        await Within(allStarted, "started");
        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var allStopped = Await(0);
        foreach (var actor in actors) system.Stop(actor);
        await Within(allStopped, "stopped");
        return (elapsed.TotalNanoseconds / count, (double)bytes / count);
    }

    /// <summary>A task that completes once <see cref="Entity.Live"/> is <paramref name="live"/>; armed before the actors start or stop.</summary>
    private static Task Await(int live)
    {
        Entity.Reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref Entity.Awaited, live);
        return Entity.Reached.Task;
    }

    private static async Task Within(Task reached, string what)
    {
        try
        {
            await reached.WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"actors not all {what}: {Entity.Live} live");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
