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

/// <summary>The interaction is durable in the caller's history.</summary>
public sealed record InteractionFiled(InteractionId InteractionId);
