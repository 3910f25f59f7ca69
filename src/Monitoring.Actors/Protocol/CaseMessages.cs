using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Protocol;

/// <summary>Messages routed to one case by its id.</summary>
public interface IWithCaseId
{
    CaseId CaseId { get; }
}

/// <summary>Ask a case to carry out a command; the reply is a <see cref="CaseReply"/>.</summary>
public sealed record CaseRequest(CaseId CaseId, CaseCommand Command) : IWithCaseId;

/// <summary>Ask for the case as it stands; the reply is a <see cref="CaseReply"/> (Case null when there is none).</summary>
public sealed record GetCase(CaseId CaseId) : IWithCaseId;

/// <summary>The case tells its responsible units how it stands: asked by a unit that started again without its queue.</summary>
public sealed record AnnounceCase(CaseId CaseId) : IWithCaseId;

/// <summary>The case after the command, or why the command was refused (the case unchanged).</summary>
public sealed record CaseReply(Case? Case, Rejection? Rejection);
