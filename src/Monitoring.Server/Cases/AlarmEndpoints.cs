using System.Security.Claims;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;
using Monitoring.Server.Units;

namespace Monitoring.Server.Cases;

/// <summary>For the operations room at the wall: acknowledging a case's alarms.</summary>
public static class AlarmEndpoints
{
    /// <summary>The action's name where the case actions are told apart (the body's reading, the audit trail).</summary>
    public const string Action = "alarms.acknowledge";

    /// <summary>
    /// Both policies: the alarm is the wall's, and acknowledging it is an act on the case. So an operator may, an officer (who
    /// does not watch the wall) and the wall's own display account and a manager (who take no actions) may not.
    /// </summary>
    public static RouteGroupBuilder MapAlarms(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{caseId}/alarms/acknowledge", (string caseId, JsonBody<ActionRequest> body, ClaimsPrincipal user, JurisdictionTree tree,
                CaseService service, PatrolService patrols) => CaseEndpoints.ActAsync(Action, new CaseId(caseId), body.Value, user, tree, service, patrols))
            .WithName("acknowledgeAlarms")
            .WithSummary("Someone at the wall has seen the case's alarms up to 'alarm' (all when left out), acting as unitId (default "
                         + "their unit), which must be on the case's chain and within their grant; the case itself does not move.")
            .RequireAuthorization(Policies.WatchWall, Policies.ActOnCases)
            .Audited("case." + Action, "caseId")
            .ReadsJson<ActionRequest>(answerFirst: CaseEndpoints.UnknownCaseAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return cases;
    }
}
