namespace Monitoring.Domain;

/// <summary>The default data shipped inside the assembly (units, village points).</summary>
internal static class DomainData
{
    public static Stream Open(string name) =>
        typeof(DomainData).Assembly.GetManifestResourceStream($"Monitoring.Domain.Data.{name}")
        ?? throw new FileNotFoundException($"Embedded data {name} is missing.");
}
