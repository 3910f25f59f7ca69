namespace Monitoring.Domain.Reports;

/// <summary>What the rows of a nuisance report are: the WIB hours or days of the period, or the Polres the calls came from.</summary>
public enum NuisanceGrouping
{
    Hour,
    Day,
    Polres,
}
