using Monitoring.Domain;

namespace Monitoring.Server.Intake;

/// <summary>What a call taker learns once the interaction is durable: the case it opened and where it went.</summary>
public sealed record IntakeResponse(
    InteractionId InteractionId,
    CaseId? CaseId,
    UnitId? AssignedUnitId,
    IReadOnlyList<UnitId> UnitChain,
    bool OutOfCoverage);
