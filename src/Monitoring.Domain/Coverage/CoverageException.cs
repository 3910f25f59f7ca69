namespace Monitoring.Domain.Coverage;

/// <summary>Coverage that cannot be trusted; the message lists every problem found.</summary>
public sealed class CoverageException(IReadOnlyList<string> problems)
    : Exception("Coverage is invalid: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
