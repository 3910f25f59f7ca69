namespace Monitoring.Domain.Jurisdiction;

/// <summary>Levels of the jurisdiction tree, top first; a larger value is deeper.</summary>
public enum UnitLevel
{
    Mabes = 0,
    Polda = 1,
    Polres = 2,
    Polsek = 3,
}

public static class UnitLevels
{
    /// <summary>The level as the API, reports and metrics write it: "mabes", "polda", "polres", "polsek".</summary>
    public static string Name(this UnitLevel level) => level.ToString().ToLowerInvariant();
}
