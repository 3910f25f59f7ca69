using Akka.Actor;

namespace Monitoring.Actors.Hosting;

/// <summary>
/// Props that make an actor by a plain constructor call. The compiler checks the arguments, where
/// <c>Props.Create(typeof(X), args…)</c> found a mismatch only when the actor first started on some node; and nothing is
/// parsed or compiled per actor, where <c>Props.Create(() => new X(…))</c> takes its expression apart every time (and
/// compiles any argument that is neither a constant nor captured). Measured (<c>--only props</c>): 77 ns per Props,
/// against 61 by reflection and 400 from an expression.
/// </summary>
public static class ActorProps
{
    public static Props Of<TActor>(Func<TActor> create) where TActor : ActorBase => Props.CreateBy(new Producer<TActor>(create));

    private sealed class Producer<TActor>(Func<TActor> create) : IIndirectActorProducer where TActor : ActorBase
    {
        public Type ActorType => typeof(TActor);

        public ActorBase Produce() => create();

        public void Release(ActorBase actor)
        {
        }
    }
}
