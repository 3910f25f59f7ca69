using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Server.Intake;

/// <summary>What a call taker learns once the interaction is durable: the case it opened and where it went, and the rung
/// the caller stands on with this call counted; whether the call joined an open case instead of opening one, and whether the
/// center linked it without being asked, and the callers the case counts with this call (fields added last, so tools reading
/// the others are untouched).</summary>
public sealed record IntakeResponse(
    InteractionId InteractionId,
    CaseId? CaseId,
    UnitId? AssignedUnitId,
    IReadOnlyList<UnitId> UnitChain,
    bool OutOfCoverage,
    IntakeReputation? Reputation,
    bool Linked = false,
    bool LinkedAutomatically = false,
    int Callers = 1);

public sealed record IntakeReputation(ReputationLevel Level);
