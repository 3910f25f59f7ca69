using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Testing;

/// <summary>Cases as the actor suites open them.</summary>
public static class TestCases
{
    private static readonly UnitId Pamulang = new("polsek-pamulang");

    /// <summary>A fire reported in Pamulang now, by <paramref name="caller"/>.</summary>
    public static OpenCase Report(FakeTimeProvider clock, string caller) => new(
        new Interaction(InteractionId.New(), new CallerNumber(caller), Channel.Voice, Kind.Report, Category.Fire,
            new Location(-6.34, 106.74, "Jl. Pamulang Raya"), "Rumah terbakar", "agent-1", clock.GetUtcNow(), clock.GetUtcNow(),
            clock.GetUtcNow(), null, null),
        Priority.P1,
        new Routing(Pamulang, JurisdictionTree.Default.Chain(Pamulang), false));
}

/// <summary>Suites that start actor systems run one at a time: each binds ports and files of its own.</summary>
[CollectionDefinition(nameof(ActorSystems), DisableParallelization = true)]
public sealed class ActorSystems;
