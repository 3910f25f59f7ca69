using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Persistence.Queries;

/// <summary>Which cases a list shows (Open: true the open ones, false the closed ones, null all); pages count from 1.</summary>
public sealed record CaseFilter(
    UnitId? UnitId, CaseState? State, bool? Open, Priority? Priority,
    DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize);
