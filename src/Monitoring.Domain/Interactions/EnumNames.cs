using System.Collections.Frozen;

namespace Monitoring.Domain.Interactions;

/// <summary>Enum values by their camelCase names only, so "1" or "Reportx" never parse.</summary>
public static class EnumNames<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => DomainJson.Name(v), StringComparer.OrdinalIgnoreCase);

    public static string Allowed { get; } = string.Join(", ", Enum.GetValues<T>().Select(v => DomainJson.Name(v)));

    public static bool TryParse(string text, out T value) => ByName.TryGetValue(text.Trim(), out value);
}
