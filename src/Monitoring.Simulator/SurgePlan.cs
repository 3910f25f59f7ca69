namespace Monitoring.Simulator;

/// <summary>
/// A burst of <paramref name="Size"/> reports in <paramref name="Area"/>, starting <paramref name="At"/> after the run
/// starts and spread evenly over <paramref name="Over"/>, on top of the usual traffic, which carries on after it.
/// </summary>
public sealed record SurgePlan(SurgeArea Area, TimeSpan At, int Size, TimeSpan Over)
{
    public static readonly TimeSpan DefaultAt = TimeSpan.FromSeconds(30);
    public const int DefaultSize = 15;
    public static readonly TimeSpan DefaultOver = TimeSpan.FromMinutes(2);

    /// <summary>When the <paramref name="index"/>th report of the burst is due, from the start of the run.</summary>
    public TimeSpan Due(int index) => Size <= 1 ? At : At + Over * (index / (double)(Size - 1));
}
