using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Actors.Protocol;

/// <summary>Messages routed to one caller's history by the caller number.</summary>
public interface IWithCallerNumber
{
    CallerNumber Caller { get; }
}

/// <summary>Put an interaction in the caller's history (idempotent by interaction id); the reply is <see cref="InteractionFiled"/>.</summary>
public sealed record FileInteraction(CallerNumber Caller, CallerEntry Entry) : IWithCallerNumber;

/// <summary>The interaction is durable in the caller's history; the rung the caller stands on once it is counted.</summary>
public sealed record InteractionFiled(InteractionId InteractionId, ReputationLevel Level = ReputationLevel.Normal);

/// <summary>Ask for the caller's reputation now and its recent interactions; the reply is <see cref="CallerReputation"/>.</summary>
public sealed record GetReputation(CallerNumber Caller) : IWithCallerNumber;

/// <summary>The caller's reputation and its newest interactions, newest first.</summary>
public sealed record CallerReputation(CallerNumber Number, Reputation Reputation, IReadOnlyList<CallerEntry> Recent);

/// <summary>An operator flags, screens or clears the number; the reply is <see cref="CallerReputation"/>.</summary>
public sealed record SanctionCaller(CallerNumber Caller, CallerSanction Sanction) : IWithCallerNumber;
