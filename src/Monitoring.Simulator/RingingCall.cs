using System.Text.Json.Nodes;
using Monitoring.Domain;

namespace Monitoring.Simulator;

/// <summary>A call the simulator plays through the telephony's events: what rings, for how long, whether the caller hangs
/// up before an answer, the cell it comes from, and the call taker's form for when it is answered.</summary>
public sealed record RingingCall(string CallerNumber, TimeSpan Ring, bool Abandons, GeoPoint Cell, JsonObject Form)
{
    /// <summary>A cell's reach: how far off the network's position may be.</summary>
    public const double CellRadiusMeters = 1000;
}
