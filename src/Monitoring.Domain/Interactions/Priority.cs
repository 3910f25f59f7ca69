namespace Monitoring.Domain.Interactions;

/// <summary>P1 is the most urgent; a smaller value is more urgent.</summary>
public enum Priority
{
    /// <summary>Emergency: life or crowd at risk, in progress.</summary>
    P1 = 1,
    /// <summary>Urgent.</summary>
    P2 = 2,
    /// <summary>Routine.</summary>
    P3 = 3,
}
