namespace Monitoring.Domain.Reports;

/// <summary>What the rows of a nuisance report are: the WIB hours or days of the period, or the Polres or Polda the calls came from.</summary>
public enum NuisanceGrouping
{
    Hour,
    Day,
    Polres,
    Polda,
}
