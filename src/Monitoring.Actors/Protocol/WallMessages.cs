using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Protocol;

/// <summary>A case changed: published on the "cases" topic to every node's wall feed. Change names the last event.</summary>
public sealed record CaseChanged(CaseSummary Case, string Change)
{
    public const string Topic = "cases";
}
