using Monitoring.Domain.Cases;

namespace Monitoring.Server.Cases;

/// <summary>The case after a command, or why the command was refused (the case unchanged).</summary>
public sealed record CaseOutcome(Case? Case, Rejection? Rejection);
