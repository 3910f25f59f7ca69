using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Intake;

/// <summary>How an intake ended; each outcome is one answer to the call taker.</summary>
public abstract record IntakeOutcome
{
    private IntakeOutcome() { }

    /// <summary>The form broke the intake rules; nothing was recorded.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : IntakeOutcome;

    /// <summary>An interaction without a case, durable in the caller's history.</summary>
    public sealed record Filed(Interaction Interaction, ReputationLevel Level) : IntakeOutcome;

    /// <summary>A report or complaint that opened a case, routed to a unit, or joined an open case about the same incident
    /// (Link says how; the routing is then that case's, and Callers how many numbers it counts with this one).</summary>
    public sealed record Opened(Interaction Interaction, CaseId CaseId, Routing Routing, ReputationLevel? Level, CallLink Link = CallLink.None,
        int Callers = 1) : IntakeOutcome;

    /// <summary>The case refused to open.</summary>
    public sealed record Refused(Rejection Rejection, Case? Current) : IntakeOutcome;
}

/// <summary>Whether a report opened its own case or joined one: linked by the call taker, or by the center itself.</summary>
public enum CallLink { None, ByCallTaker, Automatic }
