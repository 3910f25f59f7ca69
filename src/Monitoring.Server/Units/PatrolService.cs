using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;
using Monitoring.Server.Http;

namespace Monitoring.Server.Units;

/// <summary>The Server's one way to a unit's patrol board.</summary>
public sealed class PatrolService(ActorRegistry actors)
{
    public Task<PatrolsReply> GetAsync(UnitId unit) => actors.Get<UnitRegion>().AskFor<PatrolsReply>(new GetPatrols(unit), ActorAsk.Timeout);

    public Task<PatrolsReply> ChangeAsync(UnitId unit, PatrolCommand command) =>
        actors.Get<UnitRegion>().AskFor<PatrolsReply>(new ChangePatrols(unit, command), ActorAsk.Timeout);

    /// <summary>Why the unit may not send this patrol now (the board's rule), or null.</summary>
    public async Task<Rejection?> DispatchProblemAsync(UnitId unit, string patrol) =>
        PatrolDecider.DispatchProblem(new PatrolBoard(unit, [.. (await GetAsync(unit)).Patrols]), patrol);
}
