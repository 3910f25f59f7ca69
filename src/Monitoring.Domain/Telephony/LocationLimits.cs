namespace Monitoring.Domain.Telephony;

/// <summary>What a position the telephony or handset sends may claim, whichever format carried it.</summary>
public static class LocationLimits
{
    /// <summary>A circle wider than this is no better than the cell the network already gives, and a larger number is
    /// more likely a unit mistake (centimetres, feet) than a position; a call taker would search the wrong district.</summary>
    public const double MaxRadiusMeters = 100_000;
}
