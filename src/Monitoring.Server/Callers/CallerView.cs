using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Server.Callers;

/// <summary>A caller as <c>GET /api/callers/{number}</c> and the sanctions answer it: the number, its reputation and its
/// newest interactions, newest first.</summary>
public sealed record CallerView(CallerNumber Number, ReputationView Reputation, IReadOnlyList<CallerEntry> Recent)
{
    public static CallerView Of(CallerReputation caller) => new(caller.Number, ReputationView.Of(caller.Reputation), caller.Recent);
}
