using Xunit.v3;

namespace Monitoring.Testing;

/// <summary>
/// Marks a test class whose outcome cannot depend on the database under the center (HTTP headers, validation, options,
/// sign-in limits): the PostgreSQL pass of the suites leaves it out (filter <c>Storage!=Independent</c>), since running it
/// twice tested nothing new and took minutes of a CI run that must stay under fifteen.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StorageIndependentAttribute : Attribute, ITraitAttribute
{
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Storage", "Independent")];
}
