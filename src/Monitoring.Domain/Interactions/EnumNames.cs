using System.Collections.Frozen;

namespace Monitoring.Domain.Interactions;

/// <summary>Enum values by their camelCase names only, so "1" or "Reportx" never parse.</summary>
public static class EnumNames<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => DomainJson.Name(v), StringComparer.OrdinalIgnoreCase);

    public static string Allowed { get; } = string.Join(", ", Enum.GetValues<T>().Select(v => DomainJson.Name(v)));

    /// <summary>Spaces around a name are forgiven; any other character (a NEL, a line separator) makes it unknown.</summary>
    public static bool TryParse(string text, out T value) => ByName.TryGetValue(text.Trim(' '), out value);
}
