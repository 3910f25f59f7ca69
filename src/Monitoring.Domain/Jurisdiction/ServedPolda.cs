namespace Monitoring.Domain.Jurisdiction;

/// <summary>Which Polda a deployment serves: <c>all</c>, or one or more Polda ids separated by commas.</summary>
public static class ServedPolda
{
    public const string All = "all";

    /// <summary>The Polda named, or every Polda for <c>all</c> or nothing; a problem names what is wrong.</summary>
    public static (IReadOnlyList<UnitId> Poldas, string? Problem) Parse(string? text, JurisdictionTree nation)
    {
        var names = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0 || names is [var only] && string.Equals(only, All, StringComparison.OrdinalIgnoreCase))
            return (nation.Poldas.Select(p => p.Id).ToList(), null);
        var unknown = names.Where(n => nation.Find(new UnitId(n)) is not { Level: UnitLevel.Polda }).ToList();
        return unknown.Count > 0
            ? ([], $"names {string.Join(", ", unknown.Select(n => TextRules.ForLog(n)))}, which is not a Polda id (see GET /api/units or src/Monitoring.Domain/Data/units.json; or use all)")
            : (names.Distinct().Select(n => new UnitId(n)).ToList(), null);
    }

    /// <summary>The tree of the Polda served; the whole nation for <c>all</c>.</summary>
    public static JurisdictionTree Tree(string? text, JurisdictionTree nation)
    {
        var (poldas, problem) = Parse(text, nation);
        if (problem is not null) throw new ArgumentException(problem);
        return poldas.Count == nation.Poldas.Count ? nation : nation.Serving(poldas);
    }
}
