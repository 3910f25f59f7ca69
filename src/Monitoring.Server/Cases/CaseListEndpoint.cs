using System.Security.Claims;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Cases;

/// <summary>Lists of cases from the read model, newest first, paged: for the wall, a unit's history, managers.</summary>
public static class CaseListEndpoint
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapCaseList(this RouteGroupBuilder cases)
    {
        cases.MapGet("/", ListAsync)
            .WithSummary("Cases newest first; unitId includes every unit below it; from/to bound the opening time (UTC).")
            .RequireAuthorization(Policies.ReadCases)
            .Produces<ListPage<CaseSummary>>()
            .ProducesValidationProblem();
        return cases;
    }

    private static async Task<IResult> ListAsync(
        string? unitId, string? state, string? priority, string? from, string? to, string? page, string? pageSize, string? open,
        CaseQueries readModel, JurisdictionTree tree, ClaimsPrincipal user)
    {
        var errors = new List<FieldError>();
        var scope = GrantScope.Of(user, tree);
        // A scoped reader lists within their grant: their own unit unless they name one below it.
        var unit = scope.Unit;
        if (!string.IsNullOrEmpty(unitId))
        {
            if (!tree.Contains(new UnitId(unitId))) errors.Add(new FieldError("unitId", ErrorCodes.UnknownUnit, $"There is no unit {TextRules.ForLog(unitId)}."));
            else if (!scope.Holds(new UnitId(unitId), tree))
                return Problems.OutsideGrant($"Unit {unitId}");
            else unit = new UnitId(unitId);
        }
        if (scope.Nothing) return Problems.OutsideGrant("Every unit");
        var stateValue = QueryFields.Parse<CaseState>(state, "state", errors);
        var priorityValue = QueryFields.Parse<Priority>(priority, "priority", errors);
        var fromValue = QueryFields.Time(from, "from", errors);
        var toValue = QueryFields.Time(to, "to", errors);
        var openValue = QueryFields.Flag(open, "open", errors);
        var (pageValue, sizeValue) = QueryFields.Paging(page, pageSize, MaxPageSize, errors);
        if (errors.Count > 0) return Problems.Fields(errors);

        var filter = new CaseFilter(unit, stateValue, openValue, priorityValue, fromValue, toValue, pageValue, sizeValue);
        var (cases, total) = await readModel.CasesAsync(filter);
        return TypedResults.Ok(new ListPage<CaseSummary>(cases.ShownTo(user), pageValue, sizeValue, total));
    }
}
